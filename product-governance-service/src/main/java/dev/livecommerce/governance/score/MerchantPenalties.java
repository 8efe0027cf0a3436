package dev.livecommerce.governance.score;

/**
 * A merchant's facts in the window, summed: penalty points per sub-score, and how many of its listings were decided and
 * are intercepted by their latest decision.
 */
public record MerchantPenalties(int productPoints, int logisticsPoints, int servicePoints, int listingsDecided,
        int listingsIntercepted) {

    public static final MerchantPenalties NONE = new MerchantPenalties(0, 0, 0, 0, 0);

    public MerchantPenalties {
        if (productPoints < 0 || logisticsPoints < 0 || servicePoints < 0 || listingsIntercepted < 0
                || listingsIntercepted > listingsDecided) {
            throw new IllegalArgumentException("inconsistent penalties: " + productPoints + "/" + logisticsPoints
                    + "/" + servicePoints + ", " + listingsIntercepted + " of " + listingsDecided + " intercepted");
        }
    }
}
