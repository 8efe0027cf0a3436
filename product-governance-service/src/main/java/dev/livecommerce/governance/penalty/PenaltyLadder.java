package dev.livecommerce.governance.penalty;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The penalty ladder: thresholds of active points per level, and the warning margin below each threshold.
 *
 * <p>
 * A merchant whose points rise to within the margin of its next threshold is warned, once per approach: the warning
 * is not repeated while it stays within the margin, and is due again after it has left the margin (points expired or
 * voided) and comes back. A warning is not a grace period: a violation heavy enough to jump over the margin and the
 * threshold at once is enforced at once. Falling points never warn; they lift the penalties of the levels left.
 */
public final class PenaltyLadder {

    private final List<Threshold> thresholds;
    private final int warningMarginPoints;

    /**
     * @param thresholdPoints the points of every level above GOOD_STANDING, strictly increasing with the level
     * @param warningMarginPoints how far below a threshold the warning comes; 0 switches warnings off
     */
    public PenaltyLadder(Map<PenaltyLevel, Integer> thresholdPoints, int warningMarginPoints) {
        if (warningMarginPoints < 0) {
            throw new IllegalArgumentException("warning margin must not be negative: " + warningMarginPoints);
        }
        List<Threshold> ladder = new ArrayList<>();
        int previous = 0;
        for (PenaltyLevel level : PenaltyLevel.values()) {
            if (level == PenaltyLevel.GOOD_STANDING) {
                continue;
            }
            Integer points = thresholdPoints.get(level);
            if (points == null || points <= previous) {
                throw new IllegalArgumentException("threshold of " + level + " must be set and above " + previous
                        + " (the threshold below it), got " + points);
            }
            if (warningMarginPoints >= points - previous) {
                throw new IllegalArgumentException("warning margin " + warningMarginPoints + " must be below the gap "
                        + "of " + (points - previous) + " points under " + level + ", or a warning would follow "
                        + "the penalty below it at once");
            }
            ladder.add(new Threshold(level, points));
            previous = points;
        }
        this.thresholds = List.copyOf(ladder);
        this.warningMarginPoints = warningMarginPoints;
    }

    /** The ladder as the domain describes it: 12 / 24 / 36 / 48 points, warned 3 points before each. */
    public static PenaltyLadder standard() {
        Map<PenaltyLevel, Integer> points = new EnumMap<>(PenaltyLevel.class);
        points.put(PenaltyLevel.LISTING_RESTRICTED, 12);
        points.put(PenaltyLevel.TRAFFIC_LIMITED, 24);
        points.put(PenaltyLevel.SUSPENDED, 36);
        points.put(PenaltyLevel.TERMINATED, 48);
        return new PenaltyLadder(points, 3);
    }

    public PenaltyLevel levelFor(int activePoints) {
        PenaltyLevel level = PenaltyLevel.GOOD_STANDING;
        for (Threshold threshold : thresholds) {
            if (activePoints >= threshold.points()) {
                level = threshold.level();
            }
        }
        return level;
    }

    /** The threshold above {@code level}; empty at the top of the ladder. */
    public Optional<Threshold> nextAbove(PenaltyLevel level) {
        return thresholds.stream().filter(t -> t.level().compareTo(level) > 0).findFirst();
    }

    /**
     * Moves a merchant to its new points total.
     *
     * @param pointsAdded whether the total changed because points were added; only then is a warning due
     */
    public LadderStep step(LadderPosition from, int activePoints, boolean pointsAdded) {
        if (activePoints < 0) {
            throw new IllegalArgumentException("active points cannot be negative: " + activePoints);
        }
        PenaltyLevel level = levelFor(activePoints);
        List<Threshold> crossed = thresholds.stream()
                .filter(t -> t.level().compareTo(from.level()) > 0 && t.level().compareTo(level) <= 0)
                .toList();
        List<PenaltyLevel> left = thresholds.reversed().stream()
                .map(Threshold::level)
                .filter(l -> l.compareTo(level) > 0 && l.compareTo(from.level()) <= 0)
                .toList();
        Threshold next = nextAbove(level).orElse(null);
        boolean withinMargin = next != null && activePoints >= next.points() - warningMarginPoints;
        Threshold warning = null;
        Integer warned = null;
        if (withinMargin) {
            boolean alreadyWarned = Objects.equals(from.warnedThresholdPoints(), next.points());
            if (alreadyWarned) {
                warned = next.points();
            } else if (pointsAdded) {
                warning = next;
                warned = next.points();
            }
        }
        return new LadderStep(from, new LadderPosition(level, warned), crossed, left, warning);
    }
}
