package dev.livecommerce.governance.qualification;

import java.util.List;
import java.util.Set;

import dev.livecommerce.governance.listing.Category;

/**
 * One qualification a category requires: met when the merchant holds every type of at least one acceptable set
 * (for example a food business licence, or else a food production licence).
 */
public record Requirement(String id, Category category, List<Set<QualificationType>> acceptableTypeSets,
        String description, String legalBasis) {

    public Requirement {
        acceptableTypeSets = acceptableTypeSets.stream().map(Set::copyOf).toList();
        if (acceptableTypeSets.isEmpty() || acceptableTypeSets.stream().anyMatch(Set::isEmpty)) {
            throw new IllegalArgumentException("requirement " + id + " needs at least one non-empty type set");
        }
    }

    public boolean isMetBy(Set<QualificationType> held) {
        return acceptableTypeSets.stream().anyMatch(held::containsAll);
    }
}
