package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.governance.events.AppealDecided;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    public AppealTargetType targetType;

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    /** The listing of an appealed listing decision; null for a penalty. */
    @Column(name = "listing_id")
    public UUID listingId;

    @Column(nullable = false)
    public String statement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "decision_due_at", nullable = false)
    public OffsetDateTime decisionDueAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Column(name = "decision_reason")
    public String decisionReason;

    /** What an overturn restored, as appeal-decided announced it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AppealDecided.Overturn overturn;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;
}
