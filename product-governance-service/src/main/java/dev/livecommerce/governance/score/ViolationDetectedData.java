package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.review.Severity;

/** The fields of violation-detected's data the scores read (contracts/schemas/violation-detected.schema.json). */
public record ViolationDetectedData(UUID violationId, String roomId, String merchantId, Severity severity,
        OffsetDateTime detectedAt) {

    public static final String NAME = "violation-detected";
}
