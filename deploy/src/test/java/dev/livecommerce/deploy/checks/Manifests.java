package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.fail;

/** The rendered output of one overlay, with the look-ups the checks share. */
record Manifests(String overlay, List<ObjectNode> resources) {

    Stream<ObjectNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText()));
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).filter(r -> name.equals(name(r))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail(overlay + ": no " + kind + " named " + name));
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static List<JsonNode> containers(JsonNode workload) {
        return elements(podSpec(workload).path("containers")).toList();
    }

    /** The elements of a YAML list; none when the node is missing. */
    static Stream<JsonNode> elements(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false);
    }

    /** The one container of a service's Deployment (named after the service). */
    JsonNode container(String service) {
        return containers(get("Deployment", service)).stream().filter(c -> service.equals(c.path("name").asText()))
                .findFirst().orElseGet(() -> fail(overlay + ": Deployment " + service + " has no container "
                        + service));
    }

    Environment environment(JsonNode container) {
        return Environment.of(container, this);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
