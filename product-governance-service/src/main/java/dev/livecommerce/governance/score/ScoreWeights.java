package dev.livecommerce.governance.score;

/** How much each sub-score counts in the overall score, in percent. */
public record ScoreWeights(int productPercent, int logisticsPercent, int servicePercent) {

    public ScoreWeights {
        if (productPercent < 0 || logisticsPercent < 0 || servicePercent < 0
                || productPercent + logisticsPercent + servicePercent != 100) {
            throw new IllegalArgumentException("score weights must be non-negative and add up to 100, got "
                    + productPercent + "/" + logisticsPercent + "/" + servicePercent);
        }
    }
}
