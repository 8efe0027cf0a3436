package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.penalty.PenaltyLevel;

/** Data of merchant-warned (contracts/schemas/merchant-warned.schema.json). */
public record MerchantWarned(UUID warningId, String merchantId, PenaltyLevel level, int activePoints,
        PenaltyLevel thresholdLevel, int thresholdPoints, int pointsToThreshold, UUID reviewId, UUID listingId,
        OffsetDateTime warnedAt) {

    public static final String NAME = "merchant-warned";
}
