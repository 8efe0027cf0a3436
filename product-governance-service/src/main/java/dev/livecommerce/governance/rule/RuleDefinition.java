package dev.livecommerce.governance.rule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.livecommerce.governance.review.RuleRef;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.ViolationType;

/**
 * One version of a rule, as data. {@code categories} empty means every category.
 */
public record RuleDefinition(String id, int version, RuleStatus status, RuleKind kind, ViolationType type,
        Severity severity, int points, RuleAction action, String legalBasis, Set<String> categories,
        RuleParams params) {

    public static final int POINTS_MAX = 48;
    private static final Set<ViolationType> TEXT_TYPES = EnumSet.of(ViolationType.ABSOLUTE_TERM,
            ViolationType.EFFICACY_CLAIM, ViolationType.OFF_PLATFORM_CONTACT, ViolationType.FALSE_PRICE,
            ViolationType.PROHIBITED_GOODS);

    public RuleDefinition {
        categories = Set.copyOf(categories);
    }

    public RuleRef ref() {
        return new RuleRef(id, version, severity, points, legalBasis);
    }

    public boolean appliesTo(String category) {
        return categories.isEmpty() || categories.contains(category);
    }

    public RuleDefinition withStatus(RuleStatus newStatus) {
        return new RuleDefinition(id, version, newStatus, kind, type, severity, points, action, legalBasis,
                categories, params);
    }

    /** What is wrong with this definition, one message per problem; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (points < 0 || points > POINTS_MAX) {
            problems.add("points must be between 0 and " + POINTS_MAX + ", was " + points);
        }
        switch (kind) {
            case TERM_LIST, PATTERN -> {
                requireTextType(problems);
                if (kind == RuleKind.TERM_LIST && params.termsOrEmpty().isEmpty()) {
                    problems.add("params.terms must list at least one term for a TERM_LIST rule");
                }
                if (kind == RuleKind.PATTERN && params.patternsOrEmpty().isEmpty()) {
                    problems.add("params.patterns must list at least one regular expression for a PATTERN rule");
                }
                if (params.termsOrEmpty().stream().anyMatch(t -> t == null || t.isBlank())) {
                    problems.add("params.terms must not contain blank terms");
                }
                for (String pattern : params.patternsOrEmpty()) {
                    try {
                        Pattern.compile(pattern);
                    } catch (PatternSyntaxException e) {
                        problems.add("params.patterns: '" + pattern + "' is not a valid regular expression: "
                                + e.getDescription());
                    }
                }
            }
            case QUALIFICATION -> requireType(problems, ViolationType.MISSING_QUALIFICATION);
            case PRICE_ANOMALY -> {
                requireType(problems, ViolationType.PRICE_ANOMALY);
                if (params.lowRatioMax() == null && params.highRatioMin() == null) {
                    problems.add("params.lowRatioMax or params.highRatioMin is required for a PRICE_ANOMALY rule");
                }
                if (params.lowRatioMax() != null && !(params.lowRatioMax() > 0 && params.lowRatioMax() < 1)) {
                    problems.add("params.lowRatioMax must be between 0 and 1 (exclusive)");
                }
                if (params.highRatioMin() != null && !(params.highRatioMin() > 1)) {
                    problems.add("params.highRatioMin must be greater than 1");
                }
                if (params.samplesMin() == null || params.samplesMin() < 1) {
                    problems.add("params.samplesMin must be at least 1 for a PRICE_ANOMALY rule");
                }
            }
            case IMAGE_MATCH -> {
                requireType(problems, ViolationType.STOLEN_IMAGE);
                if (params.distanceMax() == null || params.distanceMax() < 0 || params.distanceMax() > 16) {
                    problems.add("params.distanceMax must be between 0 and 16 bits for an IMAGE_MATCH rule");
                }
            }
            case MERCHANT_RISK -> {
                requireType(problems, ViolationType.MERCHANT_RISK);
                if (params.pointsMin() == null && params.interceptionsMin() == null) {
                    problems.add("params.pointsMin or params.interceptionsMin is required for a MERCHANT_RISK rule");
                }
                if (params.interceptionsMin() != null && (params.windowDays() == null || params.windowDays() < 1)) {
                    problems.add("params.windowDays must be at least 1 when params.interceptionsMin is set");
                }
            }
        }
        return problems;
    }

    private void requireTextType(List<String> problems) {
        if (!TEXT_TYPES.contains(type)) {
            problems.add("type must be one of " + TEXT_TYPES + " for a " + kind + " rule, was " + type);
        }
    }

    private void requireType(List<String> problems, ViolationType expected) {
        if (type != expected) {
            problems.add("type must be " + expected + " for a " + kind + " rule, was " + type);
        }
    }
}
