package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/** Kubernetes label selectors, evaluated against a set of labels. */
final class Selectors {

    private Selectors() {
    }

    /** A LabelSelector (matchLabels and matchExpressions); an empty selector matches everything. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (!equalityMatches(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            JsonNode label = labels.path(expression.path("key").asText());
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> label.isTextual() && values.contains(label.asText());
                case "NotIn" -> !label.isTextual() || !values.contains(label.asText());
                case "Exists" -> !label.isMissingNode();
                case "DoesNotExist" -> label.isMissingNode();
                default -> throw new IllegalArgumentException("unknown selector operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** A plain map selector, as a Service has: every key must be present with the same value. */
    static boolean equalityMatches(JsonNode matchLabels, JsonNode labels) {
        for (var entry : matchLabels.properties()) {
            if (!entry.getValue().equals(labels.path(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
