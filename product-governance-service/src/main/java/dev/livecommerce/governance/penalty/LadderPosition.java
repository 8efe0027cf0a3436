package dev.livecommerce.governance.penalty;

/**
 * Where a merchant stands on the ladder, and what the ladder remembers of it: the threshold it was warned about in
 * its current approach (null when it is not within the warning margin).
 */
public record LadderPosition(PenaltyLevel level, Integer warnedThresholdPoints) {

    public static final LadderPosition START = new LadderPosition(PenaltyLevel.GOOD_STANDING, null);
}
