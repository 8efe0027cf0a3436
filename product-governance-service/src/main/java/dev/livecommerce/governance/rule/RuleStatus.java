package dev.livecommerce.governance.rule;

/**
 * Life of a rule version: DRAFT (edited, not run), SHADOW (run on live traffic, recorded, no effect), LIVE (decides),
 * RETIRED (kept for the record: decisions name the versions that fired).
 */
public enum RuleStatus {
    DRAFT, SHADOW, LIVE, RETIRED
}
