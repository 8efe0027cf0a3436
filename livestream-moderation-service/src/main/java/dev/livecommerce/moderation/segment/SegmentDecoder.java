package dev.livecommerce.moderation.segment;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /** A field present with a value of the wrong JSON type. */
    private static final Object WRONG_TYPE = new Object();

    private final JsonFactory json;

    public SegmentDecoder(ObjectMapper mapper) {
        this.json = mapper.getFactory();
    }

    /** @throws RejectedSegmentException saying what is wrong */
    public Segment decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedSegmentException(Rejection.MALFORMED, "empty record value");
        }
        Map<String, Object> envelope = new HashMap<>(16);
        Map<String, Object> data = null;
        String badName = null;
        // One pass over the bytes, no tree: only the fields the checks need are kept.
        try (JsonParser parser = json.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RejectedSegmentException(Rejection.MALFORMED, "value is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (badName == null && !isAttributeName(name)) {
                    badName = name;
                }
                JsonToken token = parser.nextToken();
                if (name.equals("data")) {
                    data = token == JsonToken.START_OBJECT ? fields(parser) : skip(parser);
                } else {
                    envelope.put(name, scalar(parser, token));
                }
            }
        } catch (IOException e) {
            throw new RejectedSegmentException(Rejection.MALFORMED, "value is not JSON: " + e.getMessage());
        }
        if (badName != null) {
            throw invalid("attribute name '" + badName + "' is not 1-20 lowercase letters or digits");
        }
        checkEnvelope(envelope, data);
        return data(data);
    }

    /** The members of the object the parser is in, each as a String, a Long, or WRONG_TYPE. */
    private static Map<String, Object> fields(JsonParser parser) throws IOException {
        Map<String, Object> fields = new HashMap<>(16);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            fields.put(name, scalar(parser, parser.nextToken()));
        }
        return fields;
    }

    private static Map<String, Object> skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? WRONG_TYPE
                    : (Object) parser.getLongValue();
            default -> {
                parser.skipChildren();
                yield WRONG_TYPE;
            }
        };
    }

    private static void checkEnvelope(Map<String, Object> event, Map<String, Object> data) {
        constant(event, "specversion", "1.0");
        constant(event, "type", TYPE);
        constant(event, "datacontenttype", "application/json");
        constant(event, "dataschema", DATASCHEMA);
        constant(event, "source", SOURCE);
        uuid(event, "id");
        text(event, "subject", 1, ID_CHARS_MAX);
        rfc3339(text(event, "time", 1, 64), "time");
        if (data == null) {
            throw invalid("data is required and must be an object");
        }
    }

    private static Segment data(Map<String, Object> data) {
        for (String name : data.keySet()) {
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
        if (data.get("text") instanceof String text) {
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints > Segment.TEXT_CHARS_MAX) {
                throw new RejectedSegmentException(Rejection.OVERSIZED,
                        "data.text has " + codePoints + " chars, at most " + Segment.TEXT_CHARS_MAX);
            }
        }
        Long durationMs = null;
        if (channel == Channel.SPEECH) {
            durationMs = nonNegative(data, "durationMs");
        } else if (data.containsKey("durationMs")) {
            throw invalid("data.durationMs is for SPEECH only");
        }
        return new Segment(text(data, "segmentId", 1, ID_CHARS_MAX), text(data, "roomId", 1, ID_CHARS_MAX), channel,
                text(data, "speakerId", 1, ID_CHARS_MAX), text(data, "text", 1, Segment.TEXT_CHARS_MAX),
                nonNegative(data, "streamOffsetMs"), durationMs, dateTime(data, "postedAt"));
    }

    private static void constant(Map<String, Object> node, String field, String expected) {
        if (!expected.equals(node.get(field))) {
            throw invalid(field + " must be \"" + expected + "\"");
        }
    }

    private static String text(Map<String, Object> node, String field, int codePointsMin, int codePointsMax) {
        if (!(node.get(field) instanceof String text)) {
            throw invalid(field + " is required and must be a string");
        }
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints < codePointsMin || codePoints > codePointsMax) {
            throw invalid(field + " must have " + codePointsMin + " to " + codePointsMax + " chars");
        }
        return text;
    }

    private static long nonNegative(Map<String, Object> node, String field) {
        if (!(node.get(field) instanceof Long value) || value < 0) {
            throw invalid(field + " is required and must be an integer >= 0");
        }
        return value;
    }

    private static void uuid(Map<String, Object> node, String field) {
        String text = text(node, field, 36, 36);
        try {
            UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(field + " must be a UUID");
        }
    }

    private static OffsetDateTime dateTime(Map<String, Object> node, String field) {
        String text = text(node, field, 1, 64);
        rfc3339(text, field);
        // The shape is checked: the value is built from its digits, at a fraction of a DateTimeFormatter's cost.
        int i = 19;
        int nanos = 0;
        if (text.charAt(i) == '.') {
            int digits = 0;
            for (i++; i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++, digits++) {
                if (digits < 9) {
                    nanos = nanos * 10 + text.charAt(i) - '0';
                }
            }
            for (; digits < 9; digits++) {
                nanos *= 10;
            }
        }
        try {
            ZoneOffset offset = ZoneOffset.UTC;
            if (text.charAt(i) == '+' || text.charAt(i) == '-') {
                int sign = text.charAt(i) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(text, i + 1, i + 3),
                        sign * number(text, i + 4, i + 6));
            }
            return OffsetDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), nanos, offset);
        } catch (DateTimeException e) {
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
