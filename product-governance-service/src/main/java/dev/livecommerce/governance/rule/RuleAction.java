package dev.livecommerce.governance.rule;

/** What a live rule that fires does to the listing. */
public enum RuleAction {
    INTERCEPT, MANUAL_REVIEW
}
