package dev.livecommerce.governance.score;

import java.math.BigDecimal;

/** A merchant's experience score: the overall score and its three sub-scores, each 0 to 100 with one decimal. */
public record MerchantScores(BigDecimal overall, BigDecimal product, BigDecimal logistics, BigDecimal service) {

    /** The score of a merchant with nothing against it. */
    public static final MerchantScores PERFECT = new MerchantScores(ScoringModel.MAX, ScoringModel.MAX,
            ScoringModel.MAX, ScoringModel.MAX);

    /** Whether any of the four scores is at least {@code step} away from {@code other}'s. */
    public boolean movedFrom(MerchantScores other, BigDecimal step) {
        return apart(overall, other.overall, step) || apart(product, other.product, step)
                || apart(logistics, other.logistics, step) || apart(service, other.service, step);
    }

    private static boolean apart(BigDecimal a, BigDecimal b, BigDecimal step) {
        return a.subtract(b).abs().compareTo(step) >= 0;
    }
}
