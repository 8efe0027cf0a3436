package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads a merchant's standing. A merchant without any points is in good standing, not unknown. */
@ApplicationScoped
public class StandingQueries {

    private final PenaltyLadder ladder;

    StandingQueries(MerchantStandings standings) {
        this.ladder = standings.ladder();
    }

    @Transactional
    public StandingView standing(String merchantId, int historyLimit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MerchantStanding standing = MerchantStanding.findById(merchantId);
        PenaltyLevel level = standing == null ? PenaltyLevel.GOOD_STANDING : standing.level;
        int activePoints = standing == null ? 0 : standing.activePoints;
        Integer warnedFor = standing == null ? null : standing.warnedThresholdPoints;
        StandingView.NextThreshold next = ladder.nextAbove(level)
                .map(t -> new StandingView.NextThreshold(t.level(), t.points(), t.points() - activePoints,
                        Integer.valueOf(t.points()).equals(warnedFor)))
                .orElse(null);
        List<StandingView.Penalty> inForce = MerchantPenalty.<MerchantPenalty>list(
                "merchantId = ?1 and liftedAt is null", merchantId).stream()
                .sorted(Comparator.comparing((MerchantPenalty p) -> p.level))
                .map(StandingView.Penalty::of).toList();
        List<StandingView.Penalty> penalties = MerchantPenalty.<MerchantPenalty>find(
                "merchantId = ?1 order by effectiveAt desc, thresholdPoints desc", merchantId)
                .page(0, historyLimit).stream().map(StandingView.Penalty::of).toList();
        List<StandingView.Violation> violations = ViolationPoints.<ViolationPoints>find(
                "merchantId = ?1 order by violatedAt desc, id desc", merchantId)
                .page(0, historyLimit).stream().map(v -> StandingView.Violation.of(v, now)).toList();
        List<StandingView.Warning> warnings = MerchantWarning.<MerchantWarning>find(
                "merchantId = ?1 order by warnedAt desc", merchantId)
                .page(0, historyLimit).stream().map(StandingView.Warning::of).toList();
        return new StandingView(merchantId, level, activePoints, standing == null ? 0 : standing.version,
                !level.forbidsListing(), next, inForce, penalties, violations, warnings);
    }
}
