package dev.livecommerce.governance.review;

/** What a shadow rule would have done on one review; {@code evidence} is null when it did not fire. */
public record ShadowFinding(RuleRef rule, boolean fired, String action, String evidence) {
}
