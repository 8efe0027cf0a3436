package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The points one rule version added to a merchant in one decision; they count until they expire or are voided. */
@Entity
@Table(name = "violation_points")
public class ViolationPoints extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Column(nullable = false)
    public int points;

    @Column(name = "violated_at", nullable = false)
    public OffsetDateTime violatedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Column(name = "voided_at")
    public OffsetDateTime voidedAt;

    @Column(name = "voided_by_appeal_id")
    public UUID voidedByAppealId;

    public PointsStatus statusAt(OffsetDateTime at) {
        if (voidedAt != null) {
            return PointsStatus.VOIDED;
        }
        return expiresAt.isAfter(at) ? PointsStatus.ACTIVE : PointsStatus.EXPIRED;
    }
}
