package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.Violation;

/**
 * How facts become scores (docs/scores.md has the same rules with worked examples).
 *
 * <p>
 * Every fact lowers exactly one sub-score by a number of <em>penalty points</em>, fixed when the fact is recorded:
 * <ul>
 * <li><b>product</b>: a listing decision adds the violation points of the rules that fired (the penalty ladder's scale,
 * 0 to 48 per rule), each rule once however many spans it matched; a MANUAL_REVIEW decision adds none, since the
 * reviewer's decision that follows it is the one that counts; a livestream violation adds 1, 3, 6 or 12 points for severity LOW, MEDIUM, HIGH, CRITICAL; a
 * quality complaint (a refund requested because the goods arrived damaged, were not as described or caused an allergy)
 * adds 3;
 * <li><b>logistics</b>: a late shipment adds 2 points, plus 1 for every further started day of delay, at most 6; none
 * when the penalty was waived for force majeure;
 * <li><b>service</b>: any other refund request adds 2 points, 1 when the buyer only changed their mind.
 * </ul>
 * The product sub-score also carries the share of the merchant's listings whose latest decision in the window is
 * INTERCEPTED: 30 points when all are, proportionally fewer.
 *
 * <p>
 * A sub-score with p penalty points is {@code 100 * h / (h + p)}, h being the sub-score's half-score points (24 for
 * product, 12 for logistics and service): 100 with nothing against the merchant, 50 at h points, never below 0, and
 * each further point costs less than the one before, so a first infraction shows clearly and a bad record does not
 * fall off a cliff. The overall score is the weighted mean of the three rounded sub-scores. A listing's quality score
 * uses the same curve (h = 12) over its own violation points, plus 12 when its latest decision intercepts it. Every
 * score is rounded half up to one decimal.
 *
 * <p>
 * Only facts of the rolling window count (the caller selects them). The sales volume behind a merchant is not an
 * input, so penalties are absolute counts over the window, not rates per order.
 */
public final class ScoringModel {

    public static final BigDecimal MAX = new BigDecimal("100.0");

    static final int PRODUCT_HALF_SCORE_POINTS = 24;
    static final int LOGISTICS_HALF_SCORE_POINTS = 12;
    static final int SERVICE_HALF_SCORE_POINTS = 12;
    static final int LISTING_HALF_SCORE_POINTS = 12;
    static final int ALL_LISTINGS_INTERCEPTED_POINTS = 30;
    static final int INTERCEPTED_LISTING_POINTS = 12;
    static final int QUALITY_COMPLAINT_POINTS = 3;
    static final int REFUND_POINTS = 2;
    static final int CHANGED_MIND_REFUND_POINTS = 1;
    static final int LATE_SHIPMENT_POINTS = 2;
    static final int LATE_SHIPMENT_POINTS_MAX = 6;

    private static final Set<String> QUALITY_REASONS = Set.of("DAMAGED_ON_ARRIVAL", "NOT_AS_DESCRIBED", "ALLERGY");
    private static final long MINUTES_PER_DAY = Duration.ofDays(1).toMinutes();

    private final ScoreWeights weights;

    public ScoringModel(ScoreWeights weights) {
        this.weights = weights;
    }

    public Contribution listingDecision(Outcome outcome, List<Violation> violations) {
        if (outcome == Outcome.MANUAL_REVIEW) {
            return new Contribution(SubScore.PRODUCT, 0);
        }
        Map<String, Integer> pointsByRule = violations.stream()
                .collect(Collectors.toMap(Violation::ruleId, Violation::points, Math::max));
        return new Contribution(SubScore.PRODUCT, pointsByRule.values().stream().mapToInt(Integer::intValue).sum());
    }

    public Contribution livestreamViolation(Severity severity) {
        int points = switch (severity) {
            case LOW -> 1;
            case MEDIUM -> 3;
            case HIGH -> 6;
            case CRITICAL -> 12;
        };
        return new Contribution(SubScore.PRODUCT, points);
    }

    /** {@code reason} as refund-requested names it; reasons added to the contract later count as plain refunds. */
    public Contribution refundRequest(String reason) {
        if (QUALITY_REASONS.contains(reason)) {
            return new Contribution(SubScore.PRODUCT, QUALITY_COMPLAINT_POINTS);
        }
        return new Contribution(SubScore.SERVICE,
                "CHANGED_MIND".equals(reason) ? CHANGED_MIND_REFUND_POINTS : REFUND_POINTS);
    }

    public Contribution lateShipment(Duration delay, boolean penaltyWaived) {
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("a late shipment has a positive delay, got " + delay);
        }
        if (penaltyWaived) {
            return new Contribution(SubScore.LOGISTICS, 0);
        }
        long daysStarted = Math.ceilDiv(delay.toMinutes(), MINUTES_PER_DAY);
        long points = Math.min(LATE_SHIPMENT_POINTS_MAX, LATE_SHIPMENT_POINTS + Math.max(0, daysStarted - 1));
        return new Contribution(SubScore.LOGISTICS, (int) points);
    }

    public MerchantScores merchantScores(MerchantPenalties penalties) {
        double interceptedShare = penalties.listingsDecided() == 0
                ? 0
                : (double) penalties.listingsIntercepted() / penalties.listingsDecided();
        BigDecimal product = curve(penalties.productPoints() + ALL_LISTINGS_INTERCEPTED_POINTS * interceptedShare,
                PRODUCT_HALF_SCORE_POINTS);
        BigDecimal logistics = curve(penalties.logisticsPoints(), LOGISTICS_HALF_SCORE_POINTS);
        BigDecimal service = curve(penalties.servicePoints(), SERVICE_HALF_SCORE_POINTS);
        BigDecimal weighted = product.multiply(BigDecimal.valueOf(weights.productPercent()))
                .add(logistics.multiply(BigDecimal.valueOf(weights.logisticsPercent())))
                .add(service.multiply(BigDecimal.valueOf(weights.servicePercent())));
        BigDecimal overall = weighted.divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
        return new MerchantScores(overall, product, logistics, service);
    }

    /**
     * @param violationPoints the violation points of the listing's decisions in the window
     * @param latestOutcome its latest decision in the window, null when none is left in it
     */
    public BigDecimal listingScore(int violationPoints, Outcome latestOutcome) {
        int points = violationPoints + (latestOutcome == Outcome.INTERCEPTED ? INTERCEPTED_LISTING_POINTS : 0);
        return curve(points, LISTING_HALF_SCORE_POINTS);
    }

    private static BigDecimal curve(double penaltyPoints, int halfScorePoints) {
        if (penaltyPoints < 0) {
            throw new IllegalArgumentException("penalty points are never negative: " + penaltyPoints);
        }
        double score = 100.0 * halfScorePoints / (halfScorePoints + penaltyPoints);
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }
}
