package dev.livecommerce.governance.rule;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status changes a rule version may go through. RETIRED is final: decisions keep naming retired versions,
 * so they stay as they were. LIVE -> SHADOW is the demotion of a rule whose decisions are too often overturned.
 */
public final class RuleTransitions {

    private static final Map<RuleStatus, Set<RuleStatus>> ALLOWED = Map.of(
            RuleStatus.DRAFT, EnumSet.of(RuleStatus.SHADOW, RuleStatus.LIVE, RuleStatus.RETIRED),
            RuleStatus.SHADOW, EnumSet.of(RuleStatus.DRAFT, RuleStatus.LIVE, RuleStatus.RETIRED),
            RuleStatus.LIVE, EnumSet.of(RuleStatus.SHADOW, RuleStatus.RETIRED),
            RuleStatus.RETIRED, EnumSet.noneOf(RuleStatus.class));

    private RuleTransitions() {
    }

    public static boolean allowed(RuleStatus from, RuleStatus to) {
        return ALLOWED.get(from).contains(to);
    }
}
