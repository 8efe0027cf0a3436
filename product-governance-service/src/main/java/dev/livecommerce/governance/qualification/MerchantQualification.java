package dev.livecommerce.governance.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "merchant_qualification")
public class MerchantQualification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualificationType type;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "issuing_authority", nullable = false)
    public String issuingAuthority;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "evidence_ref", nullable = false)
    public String evidenceRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QualificationStatus status;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "expired_at")
    public OffsetDateTime expiredAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public QualificationDocument toDocument() {
        return new QualificationDocument(type, validFrom, validUntil, status == QualificationStatus.REVOKED);
    }
}
