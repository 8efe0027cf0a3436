package dev.livecommerce.claims;

import java.util.List;
import java.util.Set;

/**
 * A rule as data. A rule fires on its {@code terms} (literal phrases) and on its {@code patterns} (Java regular
 * expressions), both applied to the normalised text (see {@link TextNormalizer}); a match lying inside an
 * occurrence of one of its {@code exemptions} (literal phrases, normalised too) is dropped.
 *
 * @param id stable identifier, recorded with every decision the rule causes
 * @param version the rule's version, at least 1; a changed rule is a new version
 * @param type what the rule detects
 * @param terms literal phrases, matched leftmost-longest
 * @param patterns regular expressions over the normalised text (lower case, simplified Chinese, no separators, a
 *        space where a sentence ends, '.' only as a decimal point)
 * @param exemptions literal phrases inside which a match of this rule does not count
 * @param categories the platform categories the rule applies to; empty means every category
 * @param legalBasis the law or platform rule the rule enforces
 */
public record ClaimRule(String id, int version, ClaimType type, List<String> terms, List<String> patterns,
        List<String> exemptions, Set<String> categories, String legalBasis) {

    public ClaimRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("rule '" + id + "': id is blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("rule '" + id + "': version " + version + " is not at least 1");
        }
        if (type == null) {
            throw new IllegalArgumentException("rule '" + id + "': type is missing");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("rule '" + id + "': legal basis is blank");
        }
        terms = copyWithoutBlanks(id, "term", terms);
        patterns = copyWithoutBlanks(id, "pattern", patterns);
        exemptions = copyWithoutBlanks(id, "exemption", exemptions);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        if (terms.isEmpty() && patterns.isEmpty()) {
            throw new IllegalArgumentException("rule '" + id + "': has neither terms nor patterns");
        }
        for (String category : categories) {
            if (category == null || !category.matches("[A-Z][A-Z_]*")) {
                throw new IllegalArgumentException(
                        "rule '" + id + "': category '" + category + "' is not a platform category name");
            }
        }
    }

    /** True when the rule applies to a listing or room of this category; null is "no category". */
    public boolean appliesTo(String category) {
        return categories.isEmpty() || (category != null && categories.contains(category));
    }

    private static List<String> copyWithoutBlanks(String id, String what, List<String> values) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("rule '" + id + "': " + what + " #" + (i + 1) + " is blank");
            }
        }
        return List.copyOf(values);
    }
}
