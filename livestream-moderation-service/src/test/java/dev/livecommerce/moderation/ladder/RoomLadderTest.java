package dev.livecommerce.moderation.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class RoomLadderTest {

    private static final Instant NOW = Instant.parse("2025-11-11T12:00:00Z");
    private final RoomLadder ladder = new RoomLadder(new StepThresholds(1, 4, 8), Duration.ofMinutes(30),
            new StepThresholds(1, 12, 24), Duration.ofDays(7));

    @Test
    void threeHighStrikesWarnThenThrottleThenCut() {
        LadderStep step = ladder.next(LadderStep.NONE, 3, 3);
        assertEquals(LadderStep.WARNED, step);
        step = ladder.next(step, 6, 6);
        assertEquals(LadderStep.THROTTLED, step);
        step = ladder.next(step, 9, 9);
        assertEquals(LadderStep.CUT, step);
    }

    @Test
    void aWarningComesBeforeAnyPenaltyHoweverHeavyTheFirstStrike() {
        assertEquals(LadderStep.WARNED, ladder.next(LadderStep.NONE, 50, 50));
    }

    @Test
    void afterTheWarningAHeavyStrikeMayCutAtOnce() {
        assertEquals(LadderStep.CUT, ladder.next(LadderStep.WARNED, 10, 10));
    }

    @Test
    void aRepeatOffenderClimbsByHostPointsInAFreshRoom() {
        assertEquals(LadderStep.WARNED, ladder.next(LadderStep.NONE, 1, 30));
        assertEquals(LadderStep.CUT, ladder.next(LadderStep.WARNED, 2, 31));
    }

    @Test
    void theLadderNeverGoesDownAndACutIsFinal() {
        assertEquals(LadderStep.THROTTLED, ladder.next(LadderStep.THROTTLED, 1, 1));
        assertEquals(LadderStep.CUT, ladder.next(LadderStep.CUT, 0, 0));
    }

    @Test
    void strikesOlderThanTheWindowStopCounting() {
        List<Strike> strikes = List.of(new Strike(3, NOW.minus(Duration.ofMinutes(31))),
                new Strike(3, NOW.minus(Duration.ofMinutes(29))), new Strike(5, NOW));
        assertEquals(8, RoomLadder.activePoints(strikes, NOW, Duration.ofMinutes(30)));
        assertEquals(0, RoomLadder.activePoints(strikes, NOW.plus(Duration.ofMinutes(31)), Duration.ofMinutes(30)));
    }

    @Test
    void decayedStrikesDoNotEscalate() {
        List<Strike> strikes = List.of(new Strike(3, NOW.minus(Duration.ofHours(1))), new Strike(1, NOW));
        int points = RoomLadder.activePoints(strikes, NOW, Duration.ofMinutes(30));
        assertEquals(LadderStep.WARNED, ladder.next(LadderStep.WARNED, points, points));
    }

    @Test
    void thresholdsMustAscend() {
        assertThrows(IllegalArgumentException.class, () -> new StepThresholds(1, 8, 4));
        assertThrows(IllegalArgumentException.class, () -> new StepThresholds(0, 4, 8));
    }

    @Test
    void severityWeighsStrikes() {
        StrikeWeights weights = new StrikeWeights(1, 2, 3, 5);
        assertEquals(1, weights.pointsOf("LOW"));
        assertEquals(5, weights.pointsOf("CRITICAL"));
        assertThrows(IllegalArgumentException.class, () -> weights.pointsOf("SEVERE"));
        assertThrows(IllegalArgumentException.class, () -> new StrikeWeights(2, 1, 3, 5));
    }
}
