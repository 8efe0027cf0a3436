package dev.livecommerce.governance.review;

/**
 * One rule that fired, with its evidence. Text findings carry the field and the UTF-16 span [start, end) of the
 * original text; other findings (images, prices, merchant risk) have null field, start, end and matchedText.
 */
public record Violation(String ruleId, int ruleVersion, ViolationType type, Severity severity, int points,
        String field, Integer start, Integer end, String matchedText, String legalBasis) {

    public static Violation inText(RuleRef rule, ViolationType type, String field, int start, int end,
            String matchedText) {
        return new Violation(rule.id(), rule.version(), type, rule.severity(), rule.points(), field, start, end,
                matchedText, rule.legalBasis());
    }

    public static Violation withoutSpan(RuleRef rule, ViolationType type) {
        return new Violation(rule.id(), rule.version(), type, rule.severity(), rule.points(), null, null, null, null,
                rule.legalBasis());
    }
}
