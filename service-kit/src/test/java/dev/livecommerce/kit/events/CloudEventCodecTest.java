package dev.livecommerce.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class CloudEventCodecTest {

    record Payment(String orderId, long amountFen, String note) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private final CloudEventCodec codec = new CloudEventCodec(mapper,
            new EventSchemas(getClass().getClassLoader()), "kit-tests");

    @Test
    void encodesAStructuredCloudEventThatMatchesTheSchema() throws Exception {
        EncodedEvent event = codec.encode("kit-selftest", "order-7", new Payment("order-7", 1999, null));

        JsonNode json = mapper.readTree(event.value());
        assertEquals("1.0", json.get("specversion").asText());
        assertEquals(event.id().toString(), json.get("id").asText());
        assertEquals("/kit-tests", json.get("source").asText());
        assertEquals("dev.livecommerce.kit-selftest.v1", json.get("type").asText());
        assertEquals("order-7", json.get("subject").asText());
        assertEquals("urn:livecommerce:events:kit-selftest:v1", json.get("dataschema").asText());
        assertEquals(1999, json.get("data").get("amountFen").asLong());
        assertFalse(json.get("data").has("note"), "absent optional fields are left out, not null");
    }

    @Test
    void refusesToEncodeWhatTheContractRejects() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> codec.encode("kit-selftest", "order-7", new Payment("order-7", -1, null)));
        assertTrue(e.getMessage().contains("amountFen"), e.getMessage());
    }

    @Test
    void decodesWhatItEncoded() {
        EncodedEvent sent = codec.encode("kit-selftest", "order-8", new Payment("order-8", 5, "gift"));

        ReceivedEvent<Payment> received = codec.decode("kit-selftest", sent.value(), Payment.class);

        assertEquals(sent.id(), received.id());
        assertEquals("order-8", received.subject());
        assertEquals(new Payment("order-8", 5, "gift"), received.data());
    }

    @Test
    void notJsonIsPoison() {
        PoisonMessageException e = assertThrows(PoisonMessageException.class,
                () -> codec.decode("kit-selftest", "{oops".getBytes(StandardCharsets.UTF_8), Payment.class));
        assertTrue(e.getMessage().startsWith("value is not JSON"), e.getMessage());
    }

    @Test
    void emptyValueIsPoison() {
        assertThrows(PoisonMessageException.class, () -> codec.decode("kit-selftest", new byte[0], Payment.class));
    }

    @Test
    void schemaViolationIsPoisonAndNamesTheField() {
        EncodedEvent sent = codec.encode("kit-selftest", "order-9", new Payment("order-9", 5, null));
        String broken = new String(sent.value(), StandardCharsets.UTF_8).replace("\"amountFen\":5",
                "\"amountFen\":\"5\"");

        PoisonMessageException e = assertThrows(PoisonMessageException.class,
                () -> codec.decode("kit-selftest", broken.getBytes(StandardCharsets.UTF_8), Payment.class));
        assertTrue(e.getMessage().contains("amountFen"), e.getMessage());
    }
}
