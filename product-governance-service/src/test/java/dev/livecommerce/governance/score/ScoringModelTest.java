package dev.livecommerce.governance.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.Violation;
import dev.livecommerce.governance.review.ViolationType;

class ScoringModelTest {

    private final ScoringModel model = new ScoringModel(new ScoreWeights(40, 30, 30));

    @Test
    void aMerchantWithNothingAgainstItScoresOneHundredEverywhere() {
        assertEquals(MerchantScores.PERFECT, model.merchantScores(MerchantPenalties.NONE));
    }

    @Test
    void eachInputLowersItsOwnSubScore() {
        assertEquals(new Contribution(SubScore.PRODUCT, 6),
                model.listingDecision(Outcome.INTERCEPTED, List.of(finding("efficacy-claims", 6))));
        assertEquals(new Contribution(SubScore.PRODUCT, 6), model.livestreamViolation(Severity.HIGH));
        assertEquals(new Contribution(SubScore.PRODUCT, 3), model.refundRequest("NOT_AS_DESCRIBED"));
        assertEquals(new Contribution(SubScore.SERVICE, 2), model.refundRequest("LATE_SHIPMENT"));
        assertEquals(new Contribution(SubScore.LOGISTICS, 2), model.lateShipment(Duration.ofHours(3), false));
    }

    @Test
    void aDecisionCountsEachRuleOnceWithItsPoints() {
        Contribution decision = model.listingDecision(Outcome.INTERCEPTED, List.of(finding("absolute-terms", 3),
                finding("efficacy-claims", 6), finding("absolute-terms", 3)));

        assertEquals(new Contribution(SubScore.PRODUCT, 9), decision);
        assertEquals(0, model.listingDecision(Outcome.APPROVED, List.of()).penaltyPoints());
    }

    @Test
    void aDecisionLeftToAReviewerCountsNothingUntilTheReviewerDecides() {
        assertEquals(new Contribution(SubScore.PRODUCT, 0),
                model.listingDecision(Outcome.MANUAL_REVIEW, List.of(finding("original-image", 6))));
    }

    @Test
    void livestreamSeveritiesFollowThePenaltyLadderScale() {
        assertEquals(1, model.livestreamViolation(Severity.LOW).penaltyPoints());
        assertEquals(3, model.livestreamViolation(Severity.MEDIUM).penaltyPoints());
        assertEquals(6, model.livestreamViolation(Severity.HIGH).penaltyPoints());
        assertEquals(12, model.livestreamViolation(Severity.CRITICAL).penaltyPoints());
    }

    @Test
    void qualityComplaintsAreProductAndOtherRefundsAreService() {
        for (String quality : new String[]{"DAMAGED_ON_ARRIVAL", "NOT_AS_DESCRIBED", "ALLERGY"}) {
            assertEquals(new Contribution(SubScore.PRODUCT, 3), model.refundRequest(quality), quality);
        }
        assertEquals(new Contribution(SubScore.SERVICE, 2), model.refundRequest("OTHER"));
        assertEquals(new Contribution(SubScore.SERVICE, 1), model.refundRequest("CHANGED_MIND"));
        assertEquals(new Contribution(SubScore.SERVICE, 2), model.refundRequest("A_REASON_ADDED_LATER"));
    }

    @Test
    void aLateShipmentCostsMoreForEveryStartedDayUpToACap() {
        assertEquals(2, model.lateShipment(Duration.ofMinutes(1), false).penaltyPoints());
        assertEquals(2, model.lateShipment(Duration.ofHours(24), false).penaltyPoints());
        assertEquals(3, model.lateShipment(Duration.ofHours(24).plusMinutes(1), false).penaltyPoints());
        assertEquals(3, model.lateShipment(Duration.ofHours(41), false).penaltyPoints());
        assertEquals(6, model.lateShipment(Duration.ofDays(5), false).penaltyPoints());
        assertEquals(6, model.lateShipment(Duration.ofDays(30), false).penaltyPoints());
    }

    @Test
    void aWaivedLateShipmentCostsNothing() {
        assertEquals(new Contribution(SubScore.LOGISTICS, 0), model.lateShipment(Duration.ofDays(3), true));
    }

    @Test
    void aShipmentThatWasNotLateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> model.lateShipment(Duration.ZERO, false));
        assertThrows(IllegalArgumentException.class, () -> model.lateShipment(Duration.ofHours(-2), false));
    }

    @Test
    void aSubScoreIsHalvedAtItsHalfScorePoints() {
        MerchantScores scores = model.merchantScores(new MerchantPenalties(24, 12, 12, 0, 0));

        assertEquals(score("50.0"), scores.product());
        assertEquals(score("50.0"), scores.logistics());
        assertEquals(score("50.0"), scores.service());
        assertEquals(score("50.0"), scores.overall());
    }

    @Test
    void oneLateShipmentOfFortyOneHours() {
        int points = model.lateShipment(Duration.ofHours(41), false).penaltyPoints();

        MerchantScores scores = model.merchantScores(new MerchantPenalties(0, points, 0, 0, 0));

        assertEquals(score("80.0"), scores.logistics(), "100 * 12 / (12 + 3)");
        assertEquals(score("94.0"), scores.overall(), "0.4 * 100 + 0.3 * 80 + 0.3 * 100");
    }

    @Test
    void theInterceptedShareWeighsOnTheProductSubScore() {
        MerchantScores oneOfFour = model.merchantScores(new MerchantPenalties(0, 0, 0, 4, 1));
        MerchantScores allFour = model.merchantScores(new MerchantPenalties(0, 0, 0, 4, 4));

        assertEquals(score("76.2"), oneOfFour.product(), "100 * 24 / (24 + 30 * 1/4)");
        assertEquals(score("44.4"), allFour.product(), "100 * 24 / (24 + 30)");
    }

    @Test
    void theOverallScoreIsTheWeightedMeanOfTheRoundedSubScores() {
        MerchantScores scores = model.merchantScores(new MerchantPenalties(16, 0, 2, 4, 1));

        assertEquals(score("50.5"), scores.product(), "100 * 24 / (24 + 16 + 7.5)");
        assertEquals(score("100.0"), scores.logistics());
        assertEquals(score("85.7"), scores.service(), "100 * 12 / (12 + 2)");
        assertEquals(score("75.9"), scores.overall(), "0.4 * 50.5 + 0.3 * 100 + 0.3 * 85.7");
        MerchantScores serviceOnly = new ScoringModel(new ScoreWeights(0, 0, 100))
                .merchantScores(new MerchantPenalties(16, 0, 2, 4, 1));
        assertEquals(score("85.7"), serviceOnly.overall());
    }

    @Test
    void morePenaltyPointsNeverRaiseAScoreAndScoresStayWithinBounds() {
        BigDecimal previous = ScoringModel.MAX;
        for (int points = 0; points <= 10_000; points += 7) {
            BigDecimal product = model.merchantScores(new MerchantPenalties(points, 0, 0, 0, 0)).product();
            assertTrue(product.compareTo(previous) <= 0, points + " points scored " + product);
            assertTrue(product.signum() >= 0);
            previous = product;
        }
    }

    @Test
    void aListingIsScoredOnItsViolationPointsAndWhetherItIsInterceptedNow() {
        assertEquals(score("100.0"), model.listingScore(0, Outcome.APPROVED));
        assertEquals(score("100.0"), model.listingScore(0, null));
        assertEquals(score("50.0"), model.listingScore(0, Outcome.INTERCEPTED));
        assertEquals(score("66.7"), model.listingScore(6, Outcome.APPROVED), "edited and approved after 6 points");
        assertEquals(score("40.0"), model.listingScore(6, Outcome.INTERCEPTED));
        assertEquals(score("66.7"), model.listingScore(6, Outcome.MANUAL_REVIEW));
    }

    @Test
    void weightsMustAddUpToOneHundred() {
        assertThrows(IllegalArgumentException.class, () -> new ScoreWeights(40, 30, 20));
        assertThrows(IllegalArgumentException.class, () -> new ScoreWeights(120, -10, -10));
    }

    @Test
    void impossiblePenaltiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MerchantPenalties(0, 0, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new MerchantPenalties(-1, 0, 0, 0, 0));
    }

    @Test
    void aMoveCountsOnlyFromTheStepOn() {
        MerchantScores published = model.merchantScores(MerchantPenalties.NONE);
        MerchantScores slightlyLower = new MerchantScores(score("99.1"), score("100.0"), score("100.0"),
                score("97.0"));

        assertTrue(slightlyLower.movedFrom(published, BigDecimal.ONE), "service moved by 3");
        assertFalse(slightlyLower.movedFrom(published, new BigDecimal("3.5")));
        assertTrue(slightlyLower.movedFrom(published, new BigDecimal("3.0")), "exactly the step is a move");
    }

    private static Violation finding(String ruleId, int points) {
        return new Violation(ruleId, 1, ViolationType.ABSOLUTE_TERM, Severity.MEDIUM, points, "title", 0, 2, "最好",
                "Advertising Law of the PRC, Article 9(3)");
    }

    private static BigDecimal score(String value) {
        return new BigDecimal(value);
    }
}
