package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livecommerce.deploy.render.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The event contract, read from the contracts module's source tree (not its jar): every AsyncAPI channel is a
 * Kafka topic whose name is the channel's address.
 */
final class Contract {

    static final Path ASYNCAPI = Overlays.MODULE.resolveSibling("contracts").resolve("asyncapi.yaml");

    private Contract() {
    }

    /** The topic names of all channels; skips the calling test while the contract has not been written yet. */
    static Set<String> topics() {
        assumeTrue(Files.isRegularFile(ASYNCAPI), "ASSUMPTION: " + ASYNCAPI
                + " does not exist yet, so the Kafka topics cannot be checked against the event contract");
        JsonNode asyncApi = Yaml.readOne(ASYNCAPI);
        JsonNode channels = asyncApi.path("channels");
        assertTrue(channels.isObject() && !channels.isEmpty(), ASYNCAPI + " declares no channels");
        Set<String> topics = new TreeSet<>();
        channels.properties().forEach(channel -> {
            JsonNode address = resolve(asyncApi, channel.getValue()).path("address");
            if (!address.isTextual() || address.asText().contains("{")) {
                fail(ASYNCAPI + ": channel " + channel.getKey()
                        + " needs a fixed address, the name of the Kafka topic to provision");
            }
            topics.add(address.asText());
        });
        return topics;
    }

    /** Follows a local reference ({@code $ref: '#/components/channels/...'}), the way AsyncAPI shares channels. */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }
}
