package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A container's environment as the kubelet assembles it: the keys of its envFrom ConfigMaps, overridden by its env
 * entries. Each variable keeps its source: {@code {value: ...}} or {@code {valueFrom: ...}}.
 */
record Environment(Map<String, JsonNode> sources) {

    static Environment of(JsonNode container, Manifests manifests) {
        Map<String, JsonNode> sources = new LinkedHashMap<>();
        for (JsonNode envFrom : container.path("envFrom")) {
            if (!envFrom.has("configMapRef")) {
                fail(manifests + ": envFrom other than configMapRef hides where a variable comes from: " + envFrom);
            }
            String name = envFrom.path("configMapRef").path("name").asText();
            JsonNode configMap = manifests.find("ConfigMap", name)
                    .orElseGet(() -> fail(manifests + ": envFrom names the missing ConfigMap " + name));
            configMap.path("data").properties().forEach(
                    e -> sources.put(e.getKey(), JsonNodeFactory.instance.objectNode().set("value", e.getValue())));
        }
        for (JsonNode env : container.path("env")) {
            sources.put(env.path("name").asText(), env);
        }
        return new Environment(sources);
    }

    Set<String> names() {
        return sources.keySet();
    }

    /** The literal value of the variable, empty when it is missing or comes from elsewhere (a Secret). */
    Optional<String> literal(String name) {
        return Optional.ofNullable(sources.get(name)).map(s -> s.get("value")).map(JsonNode::asText);
    }

    /** The secretKeyRef the variable is read from, or a missing node. */
    JsonNode secretKeyRef(String name) {
        return Optional.ofNullable(sources.get(name)).map(s -> s.path("valueFrom").path("secretKeyRef"))
                .orElse(JsonNodeFactory.instance.missingNode());
    }
}
