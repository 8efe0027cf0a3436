package dev.livecommerce.moderation.segment;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.kit.events.EventContract;
import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.violation.Channel;

/**
 * Reads a livestream-segment-posted record on the hot path. It checks what the contract schema checks (envelope
 * constants, ids, lengths in code points, the closed data object, durationMs for SPEECH only, RFC 3339 times) by
 * hand: the full JSON Schema validation costs far more than the rest of the processing of a segment (see
 * docs/moderation.md, "Throughput"). {@code SegmentDecoderTest} runs it over every contract example, valid and
 * invalid, so the two cannot drift apart unnoticed.
 */
public final class SegmentDecoder {

    private static final String TYPE = EventContract.type(Segment.NAME);
    /** The intake's source, which platform systems writing the topic directly use as well (the contract pins it). */
    public static final String SOURCE = "/livestream-moderation-service";
    private static final String DATASCHEMA = EventContract.dataSchema(Segment.NAME).toString();
    private static final int ATTRIBUTE_NAME_CHARS_MAX = 20;
    private static final Set<String> DATA_FIELDS = Set.of("segmentId", "roomId", "channel", "speakerId", "text",
            "streamOffsetMs", "durationMs", "postedAt");
    private static final int ID_CHARS_MAX = 128;

    private final ObjectMapper mapper;

    public SegmentDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws RejectedSegmentException saying what is wrong */
    public Segment decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedSegmentException(Rejection.MALFORMED, "empty record value");
        }
        JsonNode event;
        try {
            event = mapper.readTree(value);
        } catch (IOException e) {
            throw new RejectedSegmentException(Rejection.MALFORMED, "value is not JSON: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            throw new RejectedSegmentException(Rejection.MALFORMED, "value is not a JSON object");
        }
        checkEnvelope(event);
        return data(event.get("data"));
    }

    private static void checkEnvelope(JsonNode event) {
        for (Iterator<String> names = event.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!isAttributeName(name)) {
                throw invalid("attribute name '" + name + "' is not 1-20 lowercase letters or digits");
            }
        }
        constant(event, "specversion", "1.0");
        constant(event, "type", TYPE);
        constant(event, "datacontenttype", "application/json");
        constant(event, "dataschema", DATASCHEMA);
        constant(event, "source", SOURCE);
        uuid(event, "id");
        text(event, "subject", 1, ID_CHARS_MAX);
        rfc3339(text(event, "time", 1, 64), "time");
        if (!event.path("data").isObject()) {
            throw invalid("data is required and must be an object");
        }
    }

    private static Segment data(JsonNode data) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext();) {
            String name = fields.next().getKey();
            if (!DATA_FIELDS.contains(name)) {
                throw invalid("data." + name + " is not a field of " + Segment.NAME);
            }
        }
        String channelName = text(data, "channel", 1, 16);
        Channel channel;
        try {
            channel = Channel.valueOf(channelName);
        } catch (IllegalArgumentException e) {
            throw invalid("data.channel must be SPEECH or CHAT, not '" + channelName + "'");
        }
        JsonNode textNode = data.get("text");
        if (textNode != null && textNode.isTextual()) {
            String text = textNode.textValue();
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints > Segment.TEXT_CHARS_MAX) {
                throw new RejectedSegmentException(Rejection.OVERSIZED,
                        "data.text has " + codePoints + " chars, at most " + Segment.TEXT_CHARS_MAX);
            }
        }
        Long durationMs = null;
        if (channel == Channel.SPEECH) {
            durationMs = nonNegative(data, "durationMs");
        } else if (data.has("durationMs")) {
            throw invalid("data.durationMs is for SPEECH only");
        }
        return new Segment(text(data, "segmentId", 1, ID_CHARS_MAX), text(data, "roomId", 1, ID_CHARS_MAX), channel,
                text(data, "speakerId", 1, ID_CHARS_MAX), text(data, "text", 1, Segment.TEXT_CHARS_MAX),
                nonNegative(data, "streamOffsetMs"), durationMs, dateTime(data, "postedAt"));
    }

    private static void constant(JsonNode node, String field, String expected) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !value.textValue().equals(expected)) {
            throw invalid(field + " must be \"" + expected + "\"");
        }
    }

    private static String text(JsonNode node, String field, int codePointsMin, int codePointsMax) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw invalid(field + " is required and must be a string");
        }
        String text = value.textValue();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints < codePointsMin || codePoints > codePointsMax) {
            throw invalid(field + " must have " + codePointsMin + " to " + codePointsMax + " chars");
        }
        return text;
    }

    private static long nonNegative(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw invalid(field + " is required and must be an integer >= 0");
        }
        return value.longValue();
    }

    private static void uuid(JsonNode node, String field) {
        String text = text(node, field, 36, 36);
        try {
            UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(field + " must be a UUID");
        }
    }

    private static OffsetDateTime dateTime(JsonNode node, String field) {
        String text = text(node, field, 1, 64);
        rfc3339(text, field);
        try {
            return OffsetDateTime.parse(text.toUpperCase(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(field + " is not a valid date-time: " + text);
        }
    }

    /** RFC 3339 date-time as the schema's format check reads it: yyyy-mm-ddThh:mm:ss[.f]Z|+hh:mm, fields in range. */
    private static void rfc3339(String text, String field) {
        int n = text.length();
        boolean shape = n >= 20 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                && text.charAt(7) == '-' && digits(text, 8, 10) && (text.charAt(10) == 'T' || text.charAt(10) == 't')
                && digits(text, 11, 13) && text.charAt(13) == ':' && digits(text, 14, 16) && text.charAt(16) == ':'
                && digits(text, 17, 19);
        int i = 19;
        if (shape && text.charAt(i) == '.') {
            int fraction = ++i;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                i++;
            }
            shape = i > fraction;
        }
        if (shape && i < n && (text.charAt(i) == 'Z' || text.charAt(i) == 'z')) {
            shape = i + 1 == n;
        } else if (shape && i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            shape = i + 6 == n && digits(text, i + 1, i + 3) && text.charAt(i + 3) == ':' && digits(text, i + 4, n)
                    && number(text, i + 1, i + 3) <= 23 && number(text, i + 4, n) <= 59;
        } else {
            shape = false;
        }
        if (!shape || !inRange(number(text, 5, 7), 1, 12) || !inRange(number(text, 8, 10), 1, 31)
                || number(text, 11, 13) > 23 || number(text, 14, 16) > 59 || number(text, 17, 19) > 60) {
            throw invalid(field + " must be an RFC 3339 date-time with seconds and an offset");
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static boolean inRange(int value, int min, int max) {
        return value >= min && value <= max;
    }

    private static boolean isAttributeName(String name) {
        if (name.isEmpty() || name.length() > ATTRIBUTE_NAME_CHARS_MAX) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static RejectedSegmentException invalid(String detail) {
        return new RejectedSegmentException(Rejection.SCHEMA_INVALID, detail);
    }
}
