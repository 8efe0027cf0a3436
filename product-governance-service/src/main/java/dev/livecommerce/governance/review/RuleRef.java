package dev.livecommerce.governance.review;

/** What a finding records of the rule version that produced it. */
public record RuleRef(String id, int version, Severity severity, int points, String legalBasis) {
}
