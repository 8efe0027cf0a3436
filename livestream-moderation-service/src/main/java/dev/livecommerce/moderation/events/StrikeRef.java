package dev.livecommerce.moderation.events;

import java.util.UUID;

/** A strike as the ladder events list it. */
public record StrikeRef(UUID violationId, String segmentId, String ruleId, int ruleVersion, String severity,
        int strikePoints) {
}
