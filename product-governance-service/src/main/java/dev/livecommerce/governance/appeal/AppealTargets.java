package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.AppealDecided;
import dev.livecommerce.governance.penalty.MerchantPenalty;
import dev.livecommerce.governance.penalty.PenaltyReview;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Finds what an appeal is about: the listing decision, or the penalty and the decisions behind it. A target of
 * another merchant answers exactly like a missing one.
 */
@ApplicationScoped
public class AppealTargets {

    /** Most decisions one overturn compensates (appeal-decided lists each of them). */
    static final int DECISIONS_PER_APPEAL_MAX = 100;

    private final EntityManager em;

    AppealTargets(EntityManager em) {
        this.em = em;
    }

    /** What an appeal contests: whose it is, since when it can be appealed, and the decisions it covers. */
    public record Target(AppealTargetType type, UUID id, String merchantId, UUID listingId,
            OffsetDateTime appealableSince, List<PenaltyReview> decisions) {
    }

    /**
     * The target of a new appeal, locked so that filings on one target apply one after the other.
     *
     * @throws ProblemException 404 when it does not exist or is another merchant's, 422 when it cannot be appealed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Target lockForFiling(AppealTargetType type, UUID id, String merchantId) {
        Target target = switch (type) {
            case LISTING_DECISION -> decision(id, LockModeType.PESSIMISTIC_WRITE);
            case PENALTY -> penalty(id, LockModeType.PESSIMISTIC_WRITE);
        };
        if (target == null || !target.merchantId().equals(merchantId)) {
            throw ProblemException.notFound(describe(type, id));
        }
        if (type == AppealTargetType.LISTING_DECISION && target.decisions().get(0).outcome != Outcome.INTERCEPTED) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "decision-not-appealable",
                    describe(type, id) + " is " + target.decisions().get(0).outcome + ", not INTERCEPTED: only an "
                            + "interception can be appealed (a queued listing is decided by a reviewer first)"));
        }
        if (target.decisions().size() > DECISIONS_PER_APPEAL_MAX) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "too-many-decisions",
                    describe(type, id) + " rests on " + target.decisions().size() + " decisions, more than "
                            + DECISIONS_PER_APPEAL_MAX + " one appeal can cover: appeal the decisions one by one"));
        }
        return target;
    }

    /** The target of an existing appeal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Target of(Appeal appeal) {
        Target target = switch (appeal.targetType) {
            case LISTING_DECISION -> decision(appeal.targetId, LockModeType.NONE);
            case PENALTY -> penalty(appeal.targetId, LockModeType.NONE);
        };
        if (target == null) {
            throw new IllegalStateException("appeal " + appeal.id + " targets " + appeal.targetType + " "
                    + appeal.targetId + ", which no longer exists");
        }
        return target;
    }

    /** Every rule version that fired in the decisions, each once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AppealDecided.RuleVersion> rulesOf(List<PenaltyReview> decisions) {
        return em.createQuery("""
                select distinct v.ruleId, v.ruleVersion from ViolationPoints v where v.reviewId in ?1
                order by v.ruleId, v.ruleVersion
                """, Object[].class)
                .setParameter(1, decisions.stream().map(d -> d.reviewId).toList())
                .getResultStream()
                .map(row -> new AppealDecided.RuleVersion((String) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    static String describe(AppealTargetType type, UUID id) {
        return (type == AppealTargetType.PENALTY ? "Penalty " : "Listing decision ") + id;
    }

    private Target decision(UUID reviewId, LockModeType lock) {
        PenaltyReview review = em.find(PenaltyReview.class, reviewId, lock);
        return review == null
                ? null
                : new Target(AppealTargetType.LISTING_DECISION, reviewId, review.merchantId, review.listingId,
                        review.reviewedAt, List.of(review));
    }

    private Target penalty(UUID penaltyId, LockModeType lock) {
        MerchantPenalty penalty = em.find(MerchantPenalty.class, penaltyId, lock);
        if (penalty == null) {
            return null;
        }
        return new Target(AppealTargetType.PENALTY, penaltyId, penalty.merchantId, null, penalty.effectiveAt,
                penalty.decisionsBehind());
    }
}
