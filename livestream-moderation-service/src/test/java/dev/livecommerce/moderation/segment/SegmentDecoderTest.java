package dev.livecommerce.moderation.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.ContractExamples;
import dev.livecommerce.moderation.detection.Segment;

/** The hand-written check on the hot path accepts and rejects exactly what the contract schema does. */
class SegmentDecoderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final SegmentDecoder decoder = new SegmentDecoder(MAPPER);
    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());

    @Test
    void everyValidContractExampleIsDecoded() throws Exception {
        List<byte[]> valid = ContractExamples.valid(Segment.NAME);
        assertThat(valid).hasSizeGreaterThanOrEqualTo(2);
        for (byte[] example : valid) {
            Segment segment = decoder.decode(example);
            assertThat(segment.roomId()).isEqualTo(MAPPER.readTree(example).get("subject").asText());
        }
    }

    @Test
    void everyInvalidContractExampleIsRejectedAsTheSchemaRejectsIt() throws Exception {
        List<byte[]> invalid = ContractExamples.invalid(Segment.NAME);
        assertThat(invalid).hasSizeGreaterThanOrEqualTo(5);
        for (byte[] example : invalid) {
            assertThat(schemas.violations(Segment.NAME, MAPPER.readTree(example))).isNotEmpty();
            assertThatThrownBy(() -> decoder.decode(example), new String(example, StandardCharsets.UTF_8))
                    .isInstanceOf(RejectedSegmentException.class);
        }
    }

    @Test
    void anOversizedTextIsRejectedAsOversizedAndGarbageAsMalformed() throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(ContractExamples.valid(Segment.NAME).getFirst());
        ((ObjectNode) event.get("data")).put("text", "好".repeat(Segment.TEXT_CHARS_MAX + 1));
        assertThatThrownBy(() -> decoder.decode(MAPPER.writeValueAsBytes(event)))
                .isInstanceOfSatisfying(RejectedSegmentException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.OVERSIZED));
        assertThatThrownBy(() -> decoder.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RejectedSegmentException.class,
                        e -> assertThat(e.rejection()).isEqualTo(Rejection.MALFORMED));
    }

    @Test
    void textLengthCountsCodePointsAsTheSchemaDoes() throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(ContractExamples.valid(Segment.NAME).getFirst());
        ((ObjectNode) event.get("data")).put("text", "😀".repeat(Segment.TEXT_CHARS_MAX));
        assertThat(schemas.violations(Segment.NAME, event)).isEmpty();
        Segment segment = decoder.decode(MAPPER.writeValueAsBytes(event));
        assertThat(segment.text()).hasSize(2 * Segment.TEXT_CHARS_MAX);
    }

    @Test
    void whatTheSchemaAcceptsBeyondTheExamplesIsAcceptedToo() throws Exception {
        ObjectNode event = (ObjectNode) MAPPER.readTree(ContractExamples.valid(Segment.NAME).getFirst());
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        event.put("time", "2025-11-11T20:05:44+08:00");
        assertThat(schemas.violations(Segment.NAME, event)).isEmpty();
        assertThat(decoder.decode(MAPPER.writeValueAsBytes(event)).segmentId()).isNotBlank();
        ((ObjectNode) event.get("data")).put("postedAt", "2025-11-11T20:05+08:00");
        assertThat(schemas.violations(Segment.NAME, event)).isNotEmpty();
        assertThatThrownBy(() -> decoder.decode(MAPPER.writeValueAsBytes(event)))
                .isInstanceOf(RejectedSegmentException.class);
    }
}
