package dev.livecommerce.governance.rule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new rule: its id (stable across versions) and its first version. */
public record NewRuleRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,99}", message = "must be 2-100 lowercase letters, digits or hyphens") String id,
        @NotNull @Valid RuleRequest definition) {
}
