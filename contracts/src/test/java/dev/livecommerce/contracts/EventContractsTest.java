package dev.livecommerce.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Checks the published event contract as it sits on the classpath (contracts/schemas, contracts/examples,
 * contracts/asyncapi.yaml): examples against schemas, schemas against the AsyncAPI document, and the naming
 * rules that tie topic, type, dataschema and $id together.
 *
 * <p>
 * Invalid examples are named {@code <keyword>--<what is wrong>.json}; each must fail, and fail at least through the
 * named JSON Schema keyword, so that an example broken by accident (a typo) is not mistaken for a good negative test.
 */
class EventContractsTest {

    private static final String ROOT = "contracts/";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String TYPE_PREFIX = "dev.livecommerce.";
    private static final String DATASCHEMA_PREFIX = "urn:livecommerce:events:";
    private static final String DEAD_LETTER_SUFFIX = ".dead-letter";
    /** A breaking change adds "<event>.v2.schema.json" (and "examples/<event>.v2/") next to the v1 files. */
    private static final Pattern VERSIONED = Pattern.compile("^[a-z0-9-]+\\.v([2-9]|[1-9][0-9]+)$");
    private static final Set<String> DEAD_LETTER_TOPICS = Set.of(
            "product-governance-service.dead-letter",
            "livestream-moderation-service.dead-letter",
            "after-sales-service.dead-letter",
            "merchant-subsidy-service.dead-letter");
    private static final Set<String> SERVICES = Set.of(
            "product-governance-service",
            "livestream-moderation-service",
            "after-sales-service",
            "merchant-subsidy-service",
            "gateway");
    private static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** In draft 2020-12 "format" is only an annotation unless assertions are switched on: we want them asserted. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    /** event name -> schema document. */
    private static final Map<String, JsonNode> SCHEMAS = new TreeMap<>();
    /** event name -> compiled schema. */
    private static final Map<String, JsonSchema> VALIDATORS = new TreeMap<>();
    /** event name -> valid example file name -> document. */
    private static final Map<String, Map<String, JsonNode>> VALID = new TreeMap<>();
    /** event name -> invalid example file name -> document. */
    private static final Map<String, Map<String, JsonNode>> INVALID = new TreeMap<>();
    /** event names that have an examples directory. */
    private static final Set<String> EXAMPLE_DIRS = new TreeSet<>();
    private static JsonNode asyncApi;
    private static Path contractsRoot;

    @BeforeAll
    static void load() throws IOException {
        contractsRoot = classpathDirectory(ROOT);
        Path schemas = contractsRoot.resolve("schemas");
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                assertTrue(fileName.endsWith(SCHEMA_SUFFIX), "unexpected file in schemas/: " + fileName);
                String event = fileName.substring(0, fileName.length() - SCHEMA_SUFFIX.length());
                JsonNode schema = readJson(file);
                SCHEMAS.put(event, schema);
                VALIDATORS.put(event, FACTORY.getSchema(schema, CONFIG));
            }
        }
        Path examples = contractsRoot.resolve("examples");
        try (Stream<Path> dirs = Files.list(examples)) {
            for (Path dir : dirs.sorted().toList()) {
                String event = dir.getFileName().toString().replace("/", "");
                EXAMPLE_DIRS.add(event);
                VALID.put(event, readJsonFiles(dir));
                Path invalid = dir.resolve("invalid");
                INVALID.put(event, Files.isDirectory(invalid) ? readJsonFiles(invalid) : Map.of());
            }
        }
        try (InputStream in = Files.newInputStream(contractsRoot.resolve("asyncapi.yaml"))) {
            asyncApi = YAML.readTree(in);
        }
    }

    // ------------------------------------------------------------------ examples against schemas

    @TestFactory
    Stream<DynamicTest> everyValidExampleValidatesAgainstItsSchema() {
        return VALID.entrySet().stream().flatMap(byEvent -> byEvent.getValue().entrySet().stream()
                .map(example -> DynamicTest.dynamicTest(byEvent.getKey() + "/" + example.getKey(), () -> {
                    JsonSchema schema = VALIDATORS.get(byEvent.getKey());
                    assertNotNull(schema, "no schema for examples/" + byEvent.getKey());
                    Set<ValidationMessage> errors = schema.validate(example.getValue());
                    assertTrue(errors.isEmpty(), () -> "expected valid, got " + errors);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyInvalidExampleFailsThroughTheKeywordItIsNamedAfter() {
        return INVALID.entrySet().stream().flatMap(byEvent -> byEvent.getValue().entrySet().stream()
                .map(example -> DynamicTest.dynamicTest(byEvent.getKey() + "/invalid/" + example.getKey(), () -> {
                    String fileName = example.getKey();
                    int separator = fileName.indexOf("--");
                    assertTrue(separator > 0,
                            "invalid example must be named <keyword>--<description>.json: " + fileName);
                    String keyword = fileName.substring(0, separator);
                    JsonSchema schema = VALIDATORS.get(byEvent.getKey());
                    assertNotNull(schema, "no schema for examples/" + byEvent.getKey());
                    Set<ValidationMessage> errors = schema.validate(example.getValue());
                    assertFalse(errors.isEmpty(), "expected the example to be rejected");
                    Set<String> keywords = errors.stream().map(ValidationMessage::getType).collect(Collectors.toSet());
                    assertTrue(keywords.contains(keyword),
                            () -> "expected a '" + keyword + "' error, got " + errors);
                })));
    }

    @Test
    void everyEventHasAtLeastTwoValidAndThreeInvalidExamples() {
        assertEquals(SCHEMAS.keySet(), EXAMPLE_DIRS, "schemas/ and examples/ must name the same events");
        for (String event : SCHEMAS.keySet()) {
            assertTrue(VALID.get(event).size() >= 2, "fewer than two valid examples for " + event);
            assertTrue(INVALID.get(event).size() >= 3, "fewer than three invalid examples for " + event);
        }
    }

    @Test
    void formatIsAssertedNotOnlyAnnotated() {
        // Guards the validator configuration itself: without format assertions these would pass.
        for (String event : SCHEMAS.keySet()) {
            JsonNode example = VALID.get(event).values().iterator().next();
            ObjectNode badId = example.deepCopy();
            badId.put("id", "not-a-uuid");
            assertHasError(event, badId, "format");
            ObjectNode badTime = example.deepCopy();
            badTime.put("time", "2025-11-11T25:61:00Z");
            assertHasError(event, badTime, "format");
        }
    }

    @Test
    void whatTheJavaSideRendersIsAccepted() {
        // Instant.toString() and ISO_OFFSET_DATE_TIME always print seconds (nanoseconds when present) and an offset.
        // OffsetDateTime.toString() drops ":00" seconds, which RFC 3339 does not allow: never put it on the wire.
        Instant instant = Instant.parse("2025-11-11T12:00:00.123456789Z");
        List<String> accepted = List.of(instant.toString(), Instant.parse("2025-11-11T12:00:00Z").toString(),
                OffsetDateTime.of(2025, 11, 11, 20, 0, 0, 0, ZoneOffset.ofHours(8))
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        String rejected = OffsetDateTime.of(2025, 11, 11, 20, 0, 0, 0, ZoneOffset.UTC).toString();
        for (String event : SCHEMAS.keySet()) {
            JsonNode example = VALID.get(event).values().iterator().next();
            for (String time : accepted) {
                ObjectNode copy = example.deepCopy();
                copy.put("time", time);
                copy.put("id", UUID.randomUUID().toString());
                Set<ValidationMessage> errors = VALIDATORS.get(event).validate(copy);
                assertTrue(errors.isEmpty(), () -> event + " rejects time " + time + ": " + errors);
            }
            ObjectNode copy = example.deepCopy();
            copy.put("time", rejected);
            assertHasError(event, copy, "format");
        }
    }

    @Test
    void envelopeAllowsLowercaseExtensionAttributesButDataIsClosed() {
        for (String event : SCHEMAS.keySet()) {
            JsonNode example = VALID.get(event).values().iterator().next();
            ObjectNode withExtension = example.deepCopy();
            withExtension.put("partitionkey", example.get("subject").asText());
            assertTrue(VALIDATORS.get(event).validate(withExtension).isEmpty(), event + " must accept extensions");
            ObjectNode withDataExtra = example.deepCopy();
            ((ObjectNode) withDataExtra.get("data")).put("unexpected", 1);
            assertHasError(event, withDataExtra, "additionalProperties");
        }
    }

    // ------------------------------------------------------------------ naming rules

    @Test
    void everySchemaIdEqualsTheDataschemaItsExamplesCarry() {
        for (Map.Entry<String, JsonNode> entry : SCHEMAS.entrySet()) {
            String event = entry.getKey();
            JsonNode schema = entry.getValue();
            String id = schema.path("$id").asText();
            assertEquals(DATASCHEMA_PREFIX + eventOf(event) + ":" + versionOf(event), id, "$id of " + event);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
            JsonNode properties = schema.path("properties");
            assertEquals(id, properties.path("dataschema").path("const").asText(), "dataschema const of " + event);
            for (Map.Entry<String, JsonNode> example : VALID.get(event).entrySet()) {
                assertEquals(id, example.getValue().path("dataschema").asText(),
                        "dataschema of examples/" + event + "/" + example.getKey());
            }
        }
    }

    @Test
    void everySchemaPinsTheEnvelope() {
        for (Map.Entry<String, JsonNode> entry : SCHEMAS.entrySet()) {
            String event = entry.getKey();
            JsonNode schema = entry.getValue();
            JsonNode properties = schema.path("properties");
            assertEquals(TYPE_PREFIX + eventOf(event) + "." + versionOf(event),
                    properties.path("type").path("const").asText(),
                    "type of " + event);
            assertEquals("1.0", properties.path("specversion").path("const").asText());
            assertEquals("application/json", properties.path("datacontenttype").path("const").asText());
            assertEquals("uuid", properties.path("id").path("format").asText());
            assertEquals("date-time", properties.path("time").path("format").asText());
            assertTrue(properties.path("source").path("const").asText().startsWith("/"), "source of " + event);
            Set<String> required = texts(schema.path("required"));
            assertEquals(Set.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype",
                    "dataschema", "data"), required, "required attributes of " + event);
            assertTrue(schema.path("additionalProperties").asBoolean(false), "envelope must allow extensions");
            assertEquals("^[a-z0-9]{1,20}$", schema.path("propertyNames").path("pattern").asText());
            assertFalse(properties.path("data").path("additionalProperties").asBoolean(true),
                    "data of " + event + " must be closed");
        }
    }

    @Test
    void topicNamesEqualEventNames() {
        Set<String> addresses = new TreeSet<>();
        for (Map.Entry<String, JsonNode> channel : eventChannels().entrySet()) {
            String address = channel.getValue().path("address").asText();
            addresses.add(address);
            assertEquals(address, channel.getValue().path("bindings").path("kafka").path("topic").asText(),
                    "kafka binding topic of channel " + channel.getKey());
            for (JsonNode message : messagesOf(channel.getValue())) {
                String schemaKey = schemaKeyOf(message);
                assertEquals(address, eventOf(schemaKey), "schema " + schemaKey + " on topic " + address);
                assertEquals(schemaKey, message.path("name").asText(), "message name on " + address);
                assertEquals(TYPE_PREFIX + address + "." + versionOf(schemaKey),
                        message.path("x-cloudevents-type").asText());
                assertEquals(DATASCHEMA_PREFIX + address + ":" + versionOf(schemaKey),
                        message.path("x-dataschema").asText());
            }
        }
        Set<String> events = SCHEMAS.keySet().stream().map(EventContractsTest::eventOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(events, addresses, "one topic per event, named after it");
    }

    // ------------------------------------------------------------------ asyncapi <-> schemas

    @Test
    void everySchemaFileIsReferencedByTheAsyncApiDocument() {
        Set<String> referenced = new TreeSet<>();
        for (JsonNode channel : eventChannels().values()) {
            for (JsonNode message : messagesOf(channel)) {
                referenced.add(schemaFileOf(message));
            }
        }
        for (String event : SCHEMAS.keySet()) {
            assertTrue(referenced.contains(event + SCHEMA_SUFFIX), event + SCHEMA_SUFFIX + " is not in asyncapi.yaml");
        }
    }

    @Test
    void everyAsyncApiMessageSchemaExists() {
        for (Map.Entry<String, JsonNode> channel : eventChannels().entrySet()) {
            for (JsonNode message : messagesOf(channel.getValue())) {
                String ref = message.path("payload").path("schema").path("$ref").asText();
                assertTrue(ref.startsWith("./schemas/"), "payload $ref must point into schemas/: " + ref);
                Path target = contractsRoot.resolve(ref.substring(2)).normalize();
                assertTrue(Files.isRegularFile(target), "missing schema " + ref + " for channel " + channel.getKey());
                assertEquals("application/schema+json;version=2020-12", message.path("payload").path("schemaFormat")
                        .asText());
            }
        }
    }

    @Test
    void asyncApiDocumentIsVersion3AndEveryLocalReferenceResolves() {
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                JsonNode target = asyncApi.at(ref.substring(1));
                assertFalse(target.isMissingNode(), "unresolved $ref " + ref);
            } else {
                assertTrue(Files.isRegularFile(contractsRoot.resolve(ref).normalize()), "missing file " + ref);
            }
        }
    }

    @Test
    void messagesAreStructuredCloudEventsKeyedByTheAggregateId() {
        for (Map.Entry<String, JsonNode> channel : eventChannels().entrySet()) {
            for (JsonNode message : messagesOf(channel.getValue())) {
                String event = schemaKeyOf(message);
                assertEquals(STRUCTURED_CONTENT_TYPE, message.path("contentType").asText(), event);
                JsonNode headers = resolve(message.path("headers"));
                assertEquals(STRUCTURED_CONTENT_TYPE,
                        headers.path("properties").path("content-type").path("const").asText(), event);
                assertEquals("$message.payload#/id", resolve(message.path("correlationId")).path("location").asText());
                assertEquals("string", message.path("bindings").path("kafka").path("key").path("type").asText());
                String keyField = message.path("x-key-field").asText();
                assertFalse(keyField.isEmpty(), "x-key-field missing on " + event);
                JsonNode dataProperties = SCHEMAS.get(event).path("properties").path("data").path("properties");
                assertTrue(dataProperties.has(keyField), event + " data has no key field " + keyField);
                assertTrue(texts(SCHEMAS.get(event).path("properties").path("data").path("required"))
                        .contains(keyField), "key field must be required in " + event);
                for (Map.Entry<String, JsonNode> example : VALID.get(event).entrySet()) {
                    JsonNode document = example.getValue();
                    assertEquals(document.path("data").path(keyField).asText(), document.path("subject").asText(),
                            "subject (= Kafka key) must be data." + keyField + " in " + event + "/" + example.getKey());
                }
            }
        }
    }

    @Test
    void everyTopicNamesItsProducerAndConsumersAndTheyHaveOperations() {
        Map<String, List<JsonNode>> operationsByChannel = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = asyncApi.path("operations").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> operation = it.next();
            JsonNode op = operation.getValue();
            String action = op.path("action").asText();
            assertTrue(action.equals("send") || action.equals("receive"), operation.getKey() + " action " + action);
            assertTrue(SERVICES.contains(op.path("x-service").asText()), operation.getKey() + " has no x-service");
            String channelRef = op.path("channel").path("$ref").asText();
            assertTrue(channelRef.startsWith("#/channels/"), operation.getKey() + " channel " + channelRef);
            operationsByChannel.computeIfAbsent(channelRef.substring("#/channels/".length()), k -> new ArrayList<>())
                    .add(op);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = asyncApi.path("channels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> channel = it.next();
            String producer = channel.getValue().path("x-producer").asText();
            assertTrue(SERVICES.contains(producer), channel.getKey() + " x-producer " + producer);
            List<JsonNode> ops = operationsByChannel.getOrDefault(channel.getKey(), List.of());
            assertEquals(1, ops.stream().filter(op -> op.path("action").asText().equals("send")).count(),
                    "exactly one producer (send operation) on " + channel.getKey());
            assertTrue(ops.stream().anyMatch(op -> op.path("action").asText().equals("send")
                    && op.path("x-service").asText().equals(producer)), "send operation of " + producer);
            JsonNode consumers = channel.getValue().path("x-consumers");
            assertTrue(consumers.isArray() && !consumers.isEmpty(), channel.getKey() + " has no x-consumers");
            for (JsonNode consumer : consumers) {
                String name = consumer.path("name").asText();
                if (SERVICES.contains(name)) {
                    assertTrue(ops.stream().anyMatch(op -> op.path("action").asText().equals("receive")
                            && op.path("x-service").asText().equals(name)),
                            "no receive operation of " + name + " on " + channel.getKey());
                    JsonNode dlq = consumer.path("deadLetterTopic");
                    if (!dlq.isMissingNode()) {
                        assertEquals(name + DEAD_LETTER_SUFFIX, dlq.asText());
                    }
                }
            }
        }
    }

    @Test
    void deadLetterTopicsAreDeclaredWithSmallRyeHeaders() {
        Set<String> declared = new TreeSet<>();
        for (Iterator<JsonNode> it = asyncApi.path("channels").elements(); it.hasNext();) {
            JsonNode channel = it.next();
            String address = channel.path("address").asText();
            if (!address.endsWith(DEAD_LETTER_SUFFIX)) {
                continue;
            }
            declared.add(address);
            assertEquals(address, channel.path("x-producer").asText() + DEAD_LETTER_SUFFIX);
            for (JsonNode message : messagesOf(channel)) {
                JsonNode headers = resolve(message.path("headers"));
                assertEquals(Set.of("dead-letter-reason", "dead-letter-topic", "dead-letter-partition",
                        "dead-letter-offset"), texts(headers.path("required")));
                assertTrue(headers.path("properties").has("dead-letter-cause"));
            }
        }
        assertEquals(DEAD_LETTER_TOPICS, declared);
    }

    // ------------------------------------------------------------------ the schemas themselves

    @Test
    void everySchemaIsAValidDraft202012Schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
                CONFIG);
        for (Map.Entry<String, JsonNode> entry : SCHEMAS.entrySet()) {
            Set<ValidationMessage> errors = metaSchema.validate(entry.getValue());
            assertTrue(errors.isEmpty(), () -> entry.getKey() + " is not a valid 2020-12 schema: " + errors);
        }
    }

    @Test
    void textSpansOfExamplesAreUtf16OffsetsOfTheMatchedText() {
        int spans = 0;
        for (Map.Entry<String, Map<String, JsonNode>> byEvent : VALID.entrySet()) {
            for (Map.Entry<String, JsonNode> example : byEvent.getValue().entrySet()) {
                List<JsonNode> withSpan = new ArrayList<>();
                JsonNode data = example.getValue().path("data");
                if (data.has("matchedText")) {
                    withSpan.add(data);
                }
                data.path("violations").forEach(v -> {
                    if (v.has("matchedText")) {
                        withSpan.add(v);
                    }
                });
                for (JsonNode span : withSpan) {
                    int start = span.path("start").asInt();
                    int end = span.path("end").asInt();
                    assertTrue(end > start, "end must be after start in " + example.getKey());
                    assertEquals(span.path("matchedText").asText().length(), end - start,
                            "end - start must be the UTF-16 length of matchedText in " + example.getKey());
                    spans++;
                }
            }
        }
        assertTrue(spans > 0);
    }

    @Test
    void refundAmountIsTheSumOfItsLines() {
        for (Map.Entry<String, Map<String, JsonNode>> byEvent : VALID.entrySet()) {
            if (!eventOf(byEvent.getKey()).equals("refund-requested")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> example : byEvent.getValue().entrySet()) {
                JsonNode data = example.getValue().path("data");
                long sum = 0;
                for (JsonNode line : data.path("lines")) {
                    sum += line.path("amountFen").asLong();
                }
                assertEquals(data.path("amountFen").asLong(), sum, "amountFen of " + example.getKey());
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertHasError(String event, JsonNode document, String keyword) {
        Set<ValidationMessage> errors = VALIDATORS.get(event).validate(document);
        assertTrue(errors.stream().anyMatch(e -> e.getType().equals(keyword)),
                () -> event + ": expected a '" + keyword + "' error, got " + errors);
    }

    private static Map<String, JsonNode> eventChannels() {
        Map<String, JsonNode> result = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = asyncApi.path("channels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> channel = it.next();
            if (!channel.getValue().path("address").asText().endsWith(DEAD_LETTER_SUFFIX)) {
                result.put(channel.getKey(), channel.getValue());
            }
        }
        assertFalse(result.isEmpty(), "asyncapi.yaml declares no event channel");
        return result;
    }

    private static List<JsonNode> messagesOf(JsonNode channel) {
        List<JsonNode> messages = new ArrayList<>();
        channel.path("messages").forEach(message -> messages.add(resolve(message)));
        assertFalse(messages.isEmpty(), "channel without messages: " + channel.path("address").asText());
        return messages;
    }

    /**
     * Schema key = file name without ".schema.json": "listing-submitted" (version 1) or "listing-submitted.v2".
     */
    private static String schemaKeyOf(JsonNode message) {
        String file = schemaFileOf(message);
        assertTrue(file.endsWith(SCHEMA_SUFFIX), "not a schema file: " + file);
        return file.substring(0, file.length() - SCHEMA_SUFFIX.length());
    }

    private static String eventOf(String schemaKey) {
        return VERSIONED.matcher(schemaKey).matches()
                ? schemaKey.substring(0, schemaKey.lastIndexOf('.'))
                : schemaKey;
    }

    private static String versionOf(String schemaKey) {
        return VERSIONED.matcher(schemaKey).matches() ? schemaKey.substring(schemaKey.lastIndexOf('.') + 1) : "v1";
    }

    private static String schemaFileOf(JsonNode message) {
        String ref = message.path("payload").path("schema").path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref"); depth++) {
            assertTrue(depth < 10, "$ref cycle");
            String ref = current.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only local refs expected here: " + ref);
            current = asyncApi.at(ref.substring(1));
            assertFalse(current.isMissingNode(), "unresolved $ref " + ref);
        }
        return current;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> result = new TreeSet<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static Map<String, JsonNode> readJsonFiles(Path dir) throws IOException {
        Map<String, JsonNode> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (!fileName.endsWith(".json")) {
                    fail("unexpected file " + file);
                }
                result.put(fileName, readJson(file));
            }
        }
        return result;
    }

    private static JsonNode readJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The classpath directory, whether the resources are a directory (IDE, Maven) or inside a jar. */
    private static Path classpathDirectory(String name) throws IOException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        assertNotNull(url, name + " is not on the classpath");
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
