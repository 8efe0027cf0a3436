package dev.livecommerce.kit.events;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    /** Writes a CloudEvent as the structured-mode tree, the same serialiser {@link JsonFormat} uses for bytes. */
    private final ObjectMapper envelopeMapper;

    public CloudEventCodec(ObjectMapper mapper, EventSchemas schemas, String serviceName) {
        this.mapper = mapper;
        this.envelopeMapper = mapper.copy().registerModule(JsonFormat.getCloudEventJacksonModule());
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
        // Validated as a tree and written from it: the event is serialised once and never parsed back.
        JsonNode tree = envelopeMapper.valueToTree(event);
        List<String> violations = schemas.violations(eventName, tree);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Refusing to publish " + eventName + " that breaks its contract: "
                    + violations);
        }
        return new EncodedEvent(id, eventName, subject, bytes(tree));
    }

    /**
     * Decodes a record value published on {@code eventName}'s topic.
     *
     * @throws PoisonMessageException when the value is not JSON or breaks the schema (which requires every CloudEvents
     *         attribute read here)
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

    private byte[] bytes(JsonNode tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that cannot be written", e);
        }
    }
}
