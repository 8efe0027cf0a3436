package dev.livecommerce.governance.penalty;

import java.util.List;

/**
 * What a new points total does on the ladder: the thresholds crossed upwards (whose penalties are enforced now,
 * lowest first), the levels left downwards (whose penalties are lifted, highest first), and the warning due, if any.
 */
public record LadderStep(LadderPosition from, LadderPosition to, List<Threshold> crossed, List<PenaltyLevel> left,
        Threshold warning) {

    public LadderStep {
        crossed = List.copyOf(crossed);
        left = List.copyOf(left);
    }

    public boolean raised() {
        return !crossed.isEmpty();
    }

    public boolean warns() {
        return warning != null;
    }
}
