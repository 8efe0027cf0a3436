package dev.livecommerce.governance.review;

/** How grave a rule's violation is; it orders findings and, with the rule's points, the penalty. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
