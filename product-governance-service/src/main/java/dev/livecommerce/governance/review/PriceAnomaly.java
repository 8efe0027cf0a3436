package dev.livecommerce.governance.review;

import dev.livecommerce.governance.rule.RuleParams;

/** A price far below or far above the category's median, once the category has enough approved listings. */
final class PriceAnomaly {

    private PriceAnomaly() {
    }

    static boolean fires(ListingFacts facts, RuleParams params) {
        ListingFacts.PriceNorm norm = facts.priceNorm();
        if (norm == null || norm.medianFen() <= 0 || norm.samples() < params.samplesMin()) {
            return false;
        }
        double ratio = (double) facts.priceFen() / norm.medianFen();
        return (params.lowRatioMax() != null && ratio <= params.lowRatioMax())
                || (params.highRatioMin() != null && ratio >= params.highRatioMin());
    }
}
