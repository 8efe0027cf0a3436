package dev.livecommerce.governance.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A registered document as merchants and staff see it; {@code state} says whether it counts today. Revocation
 * fields are null unless it was revoked.
 */
public record QualificationView(UUID id, String merchantId, QualificationType type, String documentNumber,
        String issuingAuthority, LocalDate validFrom, LocalDate validUntil, String evidenceRef,
        QualificationState state, OffsetDateTime registeredAt, OffsetDateTime revokedAt, String revokedBy,
        String revocationReason) {

    static QualificationView of(MerchantQualification q, LocalDate today) {
        return new QualificationView(q.id, q.merchantId, q.type, q.documentNumber, q.issuingAuthority, q.validFrom,
                q.validUntil, q.evidenceRef, q.toDocument().stateOn(today), q.registeredAt, q.revokedAt,
                q.revokedBy, q.revocationReason);
    }
}
