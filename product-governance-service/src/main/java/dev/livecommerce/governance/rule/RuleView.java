package dev.livecommerce.governance.rule;

import java.time.OffsetDateTime;
import java.util.List;

import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.ViolationType;

/** A rule version as the API shows it. */
public record RuleView(String id, int version, RuleStatus status, RuleKind kind, ViolationType type,
        Severity severity, int points, RuleAction action, String legalBasis, List<String> categories,
        RuleParams params, String note, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime statusChangedAt) {

    static RuleView of(Rule rule) {
        return new RuleView(rule.id, rule.version, rule.status, rule.kind, rule.type, rule.severity, rule.points,
                rule.action, rule.legalBasis, List.of(rule.categories).stream().sorted().toList(), rule.params,
                rule.note, rule.createdBy, rule.createdAt, rule.statusChangedAt);
    }
}
