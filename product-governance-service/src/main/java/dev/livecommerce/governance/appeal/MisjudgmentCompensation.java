package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.AppealDecided;
import dev.livecommerce.governance.listing.ListingReinstatement;
import dev.livecommerce.governance.penalty.MerchantStandings;
import dev.livecommerce.governance.penalty.PenaltyEvents;
import dev.livecommerce.governance.penalty.PenaltyMetrics;
import dev.livecommerce.governance.penalty.PenaltyReview;
import dev.livecommerce.governance.penalty.Settlement;
import dev.livecommerce.governance.penalty.StandingChange;
import dev.livecommerce.governance.penalty.ViolationPoints;

/**
 * Restores what misjudged decisions took, inside the caller's transaction: voids their points, reinstates their
 * listings, and settles the merchant again, which lifts the penalties that no longer hold. Nothing is published
 * here: the caller's appeal-decided carries the result, so the compensation is one transaction and one event.
 */
@ApplicationScoped
public class MisjudgmentCompensation {

    private final MerchantStandings standings;
    private final ListingReinstatement listings;
    private final PenaltyMetrics metrics;

    MisjudgmentCompensation(MerchantStandings standings, ListingReinstatement listings, PenaltyMetrics metrics) {
        this.standings = standings;
        this.listings = listings;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AppealDecided.Overturn overturn(Appeal appeal, List<PenaltyReview> decisions, OffsetDateTime at) {
        List<AppealDecided.DecisionRestored> restored = new ArrayList<>();
        int pointsVoided = 0;
        for (PenaltyReview decision : decisions) {
            List<ViolationPoints> voided = standings.voidDecision(decision.reviewId, appeal.id, at);
            boolean reinstated = listings.reinstate(decision.listingId, decision.reviewId, appeal.id,
                    appeal.reviewerId, appeal.decisionReason, at);
            int points = voided.stream().mapToInt(v -> v.points).sum();
            restored.add(new AppealDecided.DecisionRestored(decision.reviewId, decision.listingId, reinstated,
                    voided.stream().map(v -> new AppealDecided.VoidedViolation(v.ruleId, v.ruleVersion, v.points))
                            .toList(),
                    points));
            pointsVoided += points;
        }
        StandingChange change = standings.settle(appeal.merchantId, Settlement.appealOverturned(appeal.id, at));
        metrics.recordAfterCommit(change, at);
        return new AppealDecided.Overturn(restored, pointsVoided, change.level(), change.previousLevel(),
                change.activePoints(), change.standingVersion(), PenaltyEvents.lifted(change.lifted()));
    }
}
