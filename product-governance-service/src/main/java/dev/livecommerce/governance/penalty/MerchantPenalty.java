package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The enforcement of one level on a merchant, until it is lifted. The violations that made it are linked in
 * penalty_violation.
 */
@Entity
@Table(name = "merchant_penalty")
public class MerchantPenalty extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyLevel level;

    @Column(name = "threshold_points", nullable = false)
    public int thresholdPoints;

    /** The merchant's active points when the penalty was enforced. */
    @Column(name = "active_points", nullable = false)
    public int activePoints;

    @Column(name = "triggered_by_review_id", nullable = false)
    public UUID triggeredByReviewId;

    @Column(name = "effective_at", nullable = false)
    public OffsetDateTime effectiveAt;

    @Column(name = "lifted_at")
    public OffsetDateTime liftedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "lift_reason")
    public LiftReason liftReason;

    @Column(name = "lifted_by_appeal_id")
    public UUID liftedByAppealId;

    /** The decisions whose points made this penalty, oldest first. */
    @SuppressWarnings("unchecked")
    public List<PenaltyReview> decisionsBehind() {
        List<UUID> reviewIds = getEntityManager().createNativeQuery("""
                select distinct v.review_id from penalty_violation pv
                join violation_points v on v.id = pv.violation_points_id
                where pv.penalty_id = ?1
                """, UUID.class)
                .setParameter(1, id)
                .getResultList();
        return PenaltyReview.list("reviewId in ?1 order by reviewedAt, reviewId", reviewIds);
    }
}
