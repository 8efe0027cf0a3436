package dev.livecommerce.moderation.ladder;

/** Unexpired strike points from which a step applies. */
public record StepThresholds(int warnPoints, int throttlePoints, int cutPoints) {

    public StepThresholds {
        if (warnPoints < 1 || throttlePoints < warnPoints || cutPoints < throttlePoints) {
            throw new IllegalArgumentException("thresholds must be >= 1 and ascending: warn " + warnPoints
                    + ", throttle " + throttlePoints + ", cut " + cutPoints);
        }
    }

    LadderStep stepFor(int points) {
        if (points >= cutPoints) {
            return LadderStep.CUT;
        }
        if (points >= throttlePoints) {
            return LadderStep.THROTTLED;
        }
        return points >= warnPoints ? LadderStep.WARNED : LadderStep.NONE;
    }
}
