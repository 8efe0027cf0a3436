package dev.livecommerce.governance.review;

/**
 * One rule that fired, with its evidence: the field and the UTF-16 span [start, end) of the original text.
 */
public record Violation(String ruleId, int ruleVersion, ViolationType type, String field, int start, int end,
        String matchedText, String legalBasis) {
}
