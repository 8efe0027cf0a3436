package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outcome of one settlement: the merchant's level before and after, the penalties enforced (with the active
 * violations behind them, newest first, at most {@link MerchantStandings#VIOLATIONS_LISTED_MAX}) and lifted, and the
 * warning given.
 */
public record StandingChange(String merchantId, PenaltyLevel previousLevel, PenaltyLevel level, int activePoints,
        long standingVersion, List<MerchantPenalty> enforced, List<ViolationPoints> violationsBehind,
        List<MerchantPenalty> lifted, MerchantWarning warning, OffsetDateTime at) {

    public StandingChange {
        enforced = List.copyOf(enforced);
        violationsBehind = List.copyOf(violationsBehind);
        lifted = List.copyOf(lifted);
    }

    public boolean raised() {
        return !enforced.isEmpty();
    }

    public boolean lowered() {
        return !lifted.isEmpty();
    }
}
