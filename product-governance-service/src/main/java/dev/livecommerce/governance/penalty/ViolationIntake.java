package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;

/**
 * Turns listing decisions into violation points. An INTERCEPTED decision (by the rules or by a reviewer) adds the
 * points of each rule that fired, once per (decision, rule); a MANUAL_REVIEW decision adds nothing but starts the
 * clock of the reviewer's decision that follows; an APPROVED one is of no concern here.
 */
@ApplicationScoped
public class ViolationIntake {

    private final EntityManager em;
    private final MerchantStandings standings;
    private final PenaltyEvents events;
    private final PenaltyMetrics metrics;

    ViolationIntake(EntityManager em, MerchantStandings standings, PenaltyEvents events, PenaltyMetrics metrics) {
        this.em = em;
        this.standings = standings;
        this.events = events;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void accept(ListingReviewed decision) {
        if (decision.outcome() == Outcome.APPROVED
                || PenaltyReview.findById(decision.reviewId()) != null) {
            return;
        }
        PenaltyReview review = record(decision);
        if (decision.outcome() != Outcome.INTERCEPTED) {
            return;
        }
        int pointsAdded = 0;
        for (RulePoints rule : RulePoints.of(decision.violations())) {
            ViolationPoints row = new ViolationPoints();
            row.reviewId = review.reviewId;
            row.merchantId = review.merchantId;
            row.listingId = review.listingId;
            row.ruleId = rule.ruleId();
            row.ruleVersion = rule.ruleVersion();
            row.points = rule.points();
            row.violatedAt = review.reviewedAt;
            row.expiresAt = standings.expiryOf(review.reviewedAt);
            row.persist();
            pointsAdded += rule.points();
        }
        if (pointsAdded == 0) {
            return;
        }
        StandingChange change = standings.settle(review.merchantId,
                Settlement.pointsAdded(review, OffsetDateTime.now(ZoneOffset.UTC)));
        events.publishRaise(change, review);
        metrics.recordAfterCommit(change, review.flaggedAt);
    }

    private PenaltyReview record(ListingReviewed decision) {
        PenaltyReview review = new PenaltyReview();
        review.reviewId = decision.reviewId();
        review.listingId = decision.listingId();
        review.merchantId = decision.merchantId();
        review.revision = decision.revision();
        review.outcome = decision.outcome();
        review.decidedBy = decision.decidedBy();
        review.reviewedAt = decision.reviewedAt();
        review.flaggedAt = decision.decidedBy() == DecidedBy.REVIEWER
                ? firstManualReview(decision)
                : decision.reviewedAt();
        review.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        review.persist();
        return review;
    }

    private OffsetDateTime firstManualReview(ListingReviewed decision) {
        List<OffsetDateTime> queued = em.createQuery("""
                select min(r.reviewedAt) from PenaltyReview r
                where r.listingId = ?1 and r.revision = ?2 and r.outcome = ?3
                """, OffsetDateTime.class)
                .setParameter(1, decision.listingId())
                .setParameter(2, decision.revision())
                .setParameter(3, Outcome.MANUAL_REVIEW)
                .getResultList();
        OffsetDateTime first = queued.isEmpty() ? null : queued.get(0);
        return first == null || first.isAfter(decision.reviewedAt()) ? decision.reviewedAt() : first;
    }
}
