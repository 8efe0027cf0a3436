package dev.livecommerce.governance.penalty;

import static dev.livecommerce.governance.penalty.PenaltyLevel.GOOD_STANDING;
import static dev.livecommerce.governance.penalty.PenaltyLevel.LISTING_RESTRICTED;
import static dev.livecommerce.governance.penalty.PenaltyLevel.SUSPENDED;
import static dev.livecommerce.governance.penalty.PenaltyLevel.TERMINATED;
import static dev.livecommerce.governance.penalty.PenaltyLevel.TRAFFIC_LIMITED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyLadderTest {

    private final PenaltyLadder ladder = PenaltyLadder.standard();

    @ParameterizedTest
    @CsvSource({"0, GOOD_STANDING", "11, GOOD_STANDING", "12, LISTING_RESTRICTED", "23, LISTING_RESTRICTED",
            "24, TRAFFIC_LIMITED", "35, TRAFFIC_LIMITED", "36, SUSPENDED", "47, SUSPENDED", "48, TERMINATED",
            "200, TERMINATED"})
    void pointsMapToTheHighestThresholdReached(int points, PenaltyLevel level) {
        assertEquals(level, ladder.levelFor(points));
    }

    @Test
    void onlySuspendedAndAboveForbidListing() {
        assertFalse(GOOD_STANDING.forbidsListing());
        assertFalse(LISTING_RESTRICTED.forbidsListing());
        assertFalse(TRAFFIC_LIMITED.forbidsListing());
        assertTrue(SUSPENDED.forbidsListing());
        assertTrue(TERMINATED.forbidsListing());
    }

    @Test
    void comingWithinTheMarginWarnsAboutTheNextThresholdWithoutPenalty() {
        LadderStep step = ladder.step(LadderPosition.START, 9, true);

        assertEquals(new Threshold(LISTING_RESTRICTED, 12), step.warning());
        assertEquals(new LadderPosition(GOOD_STANDING, 12), step.to());
        assertFalse(step.raised());
    }

    @Test
    void justOutsideTheMarginThereIsNoWarning() {
        LadderStep step = ladder.step(LadderPosition.START, 8, true);

        assertFalse(step.warns());
        assertEquals(LadderPosition.START, step.to());
    }

    @Test
    void aWarningIsGivenOncePerApproach() {
        LadderStep first = ladder.step(LadderPosition.START, 9, true);
        LadderStep closer = ladder.step(first.to(), 11, true);

        assertTrue(first.warns());
        assertFalse(closer.warns(), "still the same approach of 12");
        assertEquals(12, closer.to().warnedThresholdPoints());
    }

    @Test
    void leavingTheMarginEndsTheApproachSoTheNextApproachIsWarnedAgain() {
        LadderStep warned = ladder.step(LadderPosition.START, 10, true);
        LadderStep expired = ladder.step(warned.to(), 4, false);
        LadderStep back = ladder.step(expired.to(), 9, true);

        assertNull(expired.to().warnedThresholdPoints());
        assertFalse(expired.warns());
        assertTrue(back.warns());
    }

    @Test
    void fallingIntoTheMarginDoesNotWarn() {
        LadderPosition restricted = new LadderPosition(LISTING_RESTRICTED, null);

        LadderStep step = ladder.step(restricted, 10, false);

        assertFalse(step.warns());
        assertEquals(List.of(LISTING_RESTRICTED), step.left());
        assertEquals(new LadderPosition(GOOD_STANDING, null), step.to());
    }

    @Test
    void crossingAThresholdEnforcesItsPenalty() {
        LadderStep step = ladder.step(new LadderPosition(GOOD_STANDING, 12), 13, true);

        assertEquals(List.of(new Threshold(LISTING_RESTRICTED, 12)), step.crossed());
        assertEquals(LISTING_RESTRICTED, step.to().level());
        assertNull(step.to().warnedThresholdPoints(), "the approach of 12 is over; 24 is far");
    }

    @Test
    void aJumpOverSeveralThresholdsEnforcesEachLowestFirstAndWarnsAboutTheNext() {
        LadderStep step = ladder.step(LadderPosition.START, 34, true);

        assertEquals(List.of(new Threshold(LISTING_RESTRICTED, 12), new Threshold(TRAFFIC_LIMITED, 24)),
                step.crossed());
        assertEquals(new Threshold(SUSPENDED, 36), step.warning(), "34 is within 3 of 36");
    }

    @Test
    void aHeavyViolationIsEnforcedAtOnceWithoutAPriorWarning() {
        LadderStep step = ladder.step(LadderPosition.START, 13, true);

        assertTrue(step.raised());
        assertFalse(step.warns());
    }

    @Test
    void expiringPointsLiftThePenaltiesOfTheLevelsLeftHighestFirst() {
        LadderStep step = ladder.step(new LadderPosition(SUSPENDED, null), 13, false);

        assertEquals(List.of(SUSPENDED, TRAFFIC_LIMITED), step.left());
        assertEquals(LISTING_RESTRICTED, step.to().level());
        assertTrue(step.crossed().isEmpty());
    }

    @Test
    void theTopOfTheLadderHasNothingToWarnAbout() {
        LadderStep step = ladder.step(new LadderPosition(TERMINATED, null), 60, true);

        assertFalse(step.warns());
        assertFalse(step.raised());
        assertTrue(ladder.nextAbove(TERMINATED).isEmpty());
    }

    @Test
    void aZeroMarginSwitchesWarningsOff() {
        PenaltyLadder noWarnings = new PenaltyLadder(Map.of(LISTING_RESTRICTED, 12, TRAFFIC_LIMITED, 24, SUSPENDED,
                36, TERMINATED, 48), 0);

        assertFalse(noWarnings.step(LadderPosition.START, 11, true).warns());
    }

    @Test
    void thresholdsAreConfigurable() {
        PenaltyLadder strict = new PenaltyLadder(Map.of(LISTING_RESTRICTED, 6, TRAFFIC_LIMITED, 10, SUSPENDED, 20,
                TERMINATED, 30), 2);

        assertEquals(TRAFFIC_LIMITED, strict.levelFor(10));
        assertEquals(new Threshold(LISTING_RESTRICTED, 6), strict.step(LadderPosition.START, 4, true).warning());
    }

    @Test
    void aLadderThatIsNotIncreasingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PenaltyLadder(
                Map.of(LISTING_RESTRICTED, 12, TRAFFIC_LIMITED, 12, SUSPENDED, 36, TERMINATED, 48), 3));
        assertTrue(e.getMessage().contains("TRAFFIC_LIMITED"), e.getMessage());
    }

    @Test
    void aMissingThresholdIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PenaltyLadder(Map.of(LISTING_RESTRICTED, 12, TRAFFIC_LIMITED, 24, SUSPENDED, 36), 3));
    }

    @Test
    void aMarginAsWideAsAGapIsRefused() {
        // With a 12-point margin the warning about 24 would come the moment 12 is enforced.
        assertThrows(IllegalArgumentException.class, () -> new PenaltyLadder(
                Map.of(LISTING_RESTRICTED, 12, TRAFFIC_LIMITED, 24, SUSPENDED, 36, TERMINATED, 48), 12));
    }

    @Test
    void negativePointsAreABug() {
        assertThrows(IllegalArgumentException.class, () -> ladder.step(LadderPosition.START, -1, false));
    }
}
