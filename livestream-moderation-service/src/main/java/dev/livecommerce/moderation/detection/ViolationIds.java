package dev.livecommerce.moderation.detection;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Violation ids are name-based (RFC 4122 version 3) on room, segment, rule, version and span: a redelivered segment
 * yields the same ids, so recording it again has no second effect and no per-segment inbox row is needed.
 */
final class ViolationIds {

    private ViolationIds() {
    }

    static UUID of(String roomId, String segmentId, String ruleId, int ruleVersion, int start, int end) {
        String name = roomId + '\u0000' + segmentId + '\u0000' + ruleId + '\u0000' + ruleVersion + '\u0000' + start
                + '\u0000' + end;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
