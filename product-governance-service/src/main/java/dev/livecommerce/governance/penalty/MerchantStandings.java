package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Keeps each merchant's standing equal to what its points say: recounts the active points, enforces the penalties
 * of the thresholds crossed, lifts those of the levels left and records the warning due. Every change runs with the
 * merchant's standing row locked, so concurrent decisions, expiries and appeals of one merchant apply one after the
 * other. Callers own the transaction and publish what changed.
 */
@ApplicationScoped
public class MerchantStandings {

    /** Most violations an event or a penalty view lists; the points total is always complete. */
    public static final int VIOLATIONS_LISTED_MAX = 100;

    private final EntityManager em;
    private final PenaltyLadder ladder;
    private final int pointsExpiryDays;

    MerchantStandings(EntityManager em, PenaltyConfig config) {
        this.em = em;
        this.ladder = config.ladder();
        this.pointsExpiryDays = config.pointsExpiryDays();
    }

    public PenaltyLadder ladder() {
        return ladder;
    }

    public OffsetDateTime expiryOf(OffsetDateTime violatedAt) {
        return violatedAt.plusDays(pointsExpiryDays);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StandingChange settle(String merchantId, Settlement settlement) {
        MerchantStanding standing = lock(merchantId, settlement.at());
        Object[] active = em.createQuery("""
                select coalesce(sum(v.points), 0), min(v.expiresAt) from ViolationPoints v
                where v.merchantId = ?1 and v.voidedAt is null and v.expiresAt > ?2 and v.points > 0
                """, Object[].class)
                .setParameter(1, merchantId)
                .setParameter(2, settlement.at())
                .getSingleResult();
        int activePoints = ((Number) active[0]).intValue();
        LadderStep step = ladder.step(standing.position(), activePoints,
                settlement.cause() == Settlement.Cause.POINTS_ADDED);
        if (step.raised() && settlement.trigger() == null) {
            throw new IllegalStateException("merchant " + merchantId + " crossed a threshold without new points ("
                    + settlement.cause() + "): its standing was out of step with its points");
        }

        List<MerchantPenalty> enforced = new ArrayList<>();
        for (Threshold threshold : step.crossed()) {
            enforced.add(enforce(merchantId, threshold, activePoints, settlement));
        }
        List<ViolationPoints> behind = enforced.isEmpty() ? List.of() : activeViolations(merchantId, settlement.at());
        List<MerchantPenalty> lifted = lift(merchantId, step.left(), settlement);
        MerchantWarning warning = step.warns() ? warn(standing, step, activePoints, settlement) : null;

        PenaltyLevel previous = standing.level;
        if (standing.activePoints != activePoints || standing.level != step.to().level()) {
            standing.version++;
        }
        standing.level = step.to().level();
        standing.activePoints = activePoints;
        standing.warnedThresholdPoints = step.to().warnedThresholdPoints();
        standing.nextExpiryAt = (OffsetDateTime) active[1];
        standing.updatedAt = settlement.at();
        return new StandingChange(merchantId, previous, standing.level, activePoints, standing.version, enforced,
                behind, lifted, warning, settlement.at());
    }

    /** Voids the points a decision added; returns the rows voided now (rows voided before stay as they were). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ViolationPoints> voidDecision(UUID reviewId, UUID appealId, OffsetDateTime at) {
        List<ViolationPoints> rows = ViolationPoints.list("reviewId = ?1 and voidedAt is null order by id", reviewId);
        for (ViolationPoints row : rows) {
            row.voidedAt = at;
            row.voidedByAppealId = appealId;
        }
        return rows;
    }

    /** The merchants whose earliest active points have expired by {@code at}, locked, at most {@code max}. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> lockExpired(OffsetDateTime at, int max) {
        return em.createNativeQuery("""
                select merchant_id from merchant_standing where next_expiry_at <= ?1
                order by next_expiry_at limit ?2 for update skip locked
                """)
                .setParameter(1, at)
                .setParameter(2, max)
                .getResultList();
    }

    private MerchantStanding lock(String merchantId, OffsetDateTime at) {
        em.createNativeQuery("""
                insert into merchant_standing (merchant_id, level, active_points, version, updated_at)
                values (?1, ?2, 0, 0, ?3) on conflict (merchant_id) do nothing
                """)
                .setParameter(1, merchantId)
                .setParameter(2, PenaltyLevel.GOOD_STANDING.name())
                .setParameter(3, at)
                .executeUpdate();
        return em.find(MerchantStanding.class, merchantId, LockModeType.PESSIMISTIC_WRITE);
    }

    private MerchantPenalty enforce(String merchantId, Threshold threshold, int activePoints, Settlement settlement) {
        MerchantPenalty penalty = new MerchantPenalty();
        penalty.id = UUID.randomUUID();
        penalty.merchantId = merchantId;
        penalty.level = threshold.level();
        penalty.thresholdPoints = threshold.points();
        penalty.activePoints = activePoints;
        penalty.triggeredByReviewId = settlement.trigger().reviewId;
        penalty.effectiveAt = settlement.at();
        penalty.persist();
        em.flush();
        em.createNativeQuery("""
                insert into penalty_violation (penalty_id, violation_points_id)
                select ?1, id from violation_points
                where merchant_id = ?2 and voided_at is null and expires_at > ?3 and points > 0
                """)
                .setParameter(1, penalty.id)
                .setParameter(2, merchantId)
                .setParameter(3, settlement.at())
                .executeUpdate();
        return penalty;
    }

    private List<ViolationPoints> activeViolations(String merchantId, OffsetDateTime at) {
        return ViolationPoints.<ViolationPoints>find("merchantId = ?1 and voidedAt is null and expiresAt > ?2 "
                + "and points > 0 order by violatedAt desc, id desc", merchantId, at)
                .page(0, VIOLATIONS_LISTED_MAX).list();
    }

    private List<MerchantPenalty> lift(String merchantId, List<PenaltyLevel> levels, Settlement settlement) {
        if (levels.isEmpty()) {
            return List.of();
        }
        List<MerchantPenalty> inForce = new ArrayList<>(MerchantPenalty.<MerchantPenalty>list(
                "merchantId = ?1 and liftedAt is null and level in ?2", merchantId, levels));
        inForce.sort(Comparator.comparing((MerchantPenalty p) -> p.level).reversed());
        for (MerchantPenalty penalty : inForce) {
            penalty.liftedAt = settlement.at();
            penalty.liftReason = settlement.liftReason();
            penalty.liftedByAppealId = settlement.appealId();
        }
        return inForce;
    }

    private MerchantWarning warn(MerchantStanding standing, LadderStep step, int activePoints,
            Settlement settlement) {
        MerchantWarning warning = new MerchantWarning();
        warning.id = UUID.randomUUID();
        warning.merchantId = standing.merchantId;
        warning.level = step.to().level();
        warning.activePoints = activePoints;
        warning.thresholdLevel = step.warning().level();
        warning.thresholdPoints = step.warning().points();
        warning.reviewId = settlement.trigger().reviewId;
        warning.warnedAt = settlement.at();
        warning.persist();
        return warning;
    }
}
