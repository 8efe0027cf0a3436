package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;

import dev.livecommerce.governance.rule.RuleStatus;

/** Data of rule-changed (contracts/schemas/rule-changed.schema.json). */
public record RuleChanged(String ruleId, int version, RuleStatus status, RuleStatus previousStatus, Change change,
        String changedBy, String reason, OffsetDateTime changedAt) {

    public static final String NAME = "rule-changed";

    public enum Change {
        CREATED, EDITED, STATUS_CHANGED, AUTO_DEMOTED
    }
}
