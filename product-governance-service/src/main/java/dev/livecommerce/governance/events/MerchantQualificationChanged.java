package dev.livecommerce.governance.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.qualification.QualificationType;

/**
 * Data of merchant-qualification-changed (contracts/schemas/merchant-qualification-changed.schema.json).
 * {@code reason} is set for REVOKED only.
 */
public record MerchantQualificationChanged(UUID qualificationId, String merchantId, Change change,
        QualificationType type, String documentNumber, String issuingAuthority, LocalDate validFrom,
        LocalDate validUntil, String reason, OffsetDateTime changedAt) {

    public static final String NAME = "merchant-qualification-changed";

    /** What happened to the document. */
    public enum Change {
        REGISTERED, REVOKED, EXPIRED
    }
}
