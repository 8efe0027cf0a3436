package dev.livecommerce.claims;

/**
 * One finding: which rule fired, where, and on what.
 *
 * @param start UTF-16 offset of the first char of the match in the original text
 * @param end UTF-16 offset just past the match in the original text (exclusive)
 * @param matchedText the original text between start and end, separators and look-alikes included, as evidence
 */
public record ClaimMatch(String ruleId, int ruleVersion, ClaimType type, int start, int end, String matchedText,
        String legalBasis) {
}
