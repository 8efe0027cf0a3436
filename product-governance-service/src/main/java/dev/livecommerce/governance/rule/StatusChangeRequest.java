package dev.livecommerce.governance.rule;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moves a rule version to SHADOW, LIVE or RETIRED (or back to DRAFT), with a reason for the record. */
public record StatusChangeRequest(@NotNull RuleStatus status, @Size(max = 2000) String reason) {
}
