package dev.livecommerce.kit.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The JSON Schemas of the contracts folder, loaded from the classpath once per event name. Both directions use them:
 * a producer never writes an event its schema rejects, a consumer dead-letters one.
 */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ClassLoader classLoader;

    public EventSchemas(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Returns the schema violations of {@code event}, empty when it is valid. */
    public List<String> violations(String eventName, JsonNode event) {
        return schema(eventName).validate(event).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    public boolean knows(String eventName) {
        return classLoader.getResource(EventContract.schemaResource(eventName)) != null;
    }

    private JsonSchema schema(String eventName) {
        return schemas.computeIfAbsent(eventName, this::load);
    }

    private JsonSchema load(String eventName) {
        String resource = EventContract.schemaResource(eventName);
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract schema on the classpath for event '" + eventName
                        + "' (expected " + resource + ")");
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
