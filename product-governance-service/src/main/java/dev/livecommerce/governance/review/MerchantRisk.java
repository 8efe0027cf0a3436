package dev.livecommerce.governance.review;

import dev.livecommerce.governance.rule.RuleParams;

/** A merchant whose active points or recent interceptions reach the rule's limits is reviewed by a human. */
final class MerchantRisk {

    private MerchantRisk() {
    }

    static boolean fires(ListingFacts.MerchantRecord merchant, RuleParams params) {
        return (params.pointsMin() != null && merchant.activePoints() >= params.pointsMin())
                || (params.interceptionsMin() != null && merchant.interceptions() >= params.interceptionsMin());
    }
}
