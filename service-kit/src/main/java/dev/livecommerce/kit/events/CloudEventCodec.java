package dev.livecommerce.kit.events;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * Encodes and decodes the suite's one envelope: CloudEvents 1.0 in structured mode (the whole event as JSON in the
 * record value), validated against the event's contract schema both ways.
 */
public final class CloudEventCodec {

    private final ObjectMapper mapper;
    private final EventSchemas schemas;
    private final URI source;
    private final JsonFormat format = new JsonFormat();

    public CloudEventCodec(ObjectMapper mapper, EventSchemas schemas, String serviceName) {
        this.mapper = mapper;
        this.schemas = schemas;
        this.source = URI.create("/" + serviceName);
    }

    /** Builds the envelope for {@code data} and returns it serialised; rejects anything its schema would reject. */
    public EncodedEvent encode(String eventName, String subject, Object data) {
        UUID id = UUID.randomUUID();
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(EventContract.type(eventName))
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(EventContract.dataSchema(eventName))
                .withData(JsonCloudEventData.wrap(mapper.valueToTree(data)))
                .build();
        byte[] bytes = format.serialize(event);
        List<String> violations = schemas.violations(eventName, readTree(bytes));
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Refusing to publish " + eventName + " that breaks its contract: "
                    + violations);
        }
        return new EncodedEvent(id, eventName, subject, bytes);
    }

    /**
     * Decodes a record value published on {@code eventName}'s topic.
     *
     * @throws PoisonMessageException when the value is not JSON, not a CloudEvent, or breaks the schema
     */
    public <T> ReceivedEvent<T> decode(String eventName, byte[] value, Class<T> dataType) {
        if (value == null || value.length == 0) {
            throw new PoisonMessageException("empty record value");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(value);
        } catch (IOException e) {
            throw new PoisonMessageException("value is not JSON: " + e.getMessage());
        }
        List<String> violations = schemas.violations(eventName, tree);
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("breaks the " + eventName + " schema: " + String.join("; ", violations));
        }
        // The schema requires every CloudEvents attribute read here, so the tree is not parsed a second time.
        try {
            T data = mapper.treeToValue(tree.get("data"), dataType);
            return new ReceivedEvent<>(UUID.fromString(tree.get("id").asText()), tree.get("type").asText(),
                    tree.get("subject").asText(), OffsetDateTime.parse(tree.get("time").asText()), data);
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonMessageException("data does not map to " + dataType.getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    private JsonNode readTree(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("CloudEvents serialiser wrote invalid JSON", e);
        }
    }
}
