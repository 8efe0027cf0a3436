package dev.livecommerce.governance.rule;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.ViolationType;

/** A rule version as operators write it; the service assigns the version number and the status (DRAFT). */
public record RuleRequest(
        @NotNull RuleKind kind,
        @NotNull ViolationType type,
        @NotNull Severity severity,
        @Min(0) @Max(RuleDefinition.POINTS_MAX) int points,
        @NotNull RuleAction action,
        @NotBlank @Size(max = 500) String legalBasis,
        Set<@NotNull Category> categories,
        @NotNull @Valid RuleParams params,
        @Size(max = 2000) String note) {

    RuleDefinition toDefinition(String id, int version) {
        Set<String> names = categories == null
                ? Set.of()
                : categories.stream().map(Category::name).collect(Collectors.toSet());
        return new RuleDefinition(id, version, RuleStatus.DRAFT, kind, type, severity, points, action, legalBasis,
                names, params);
    }
}
