package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of chat-message-hidden: the viewer's message is hidden and the viewer muted in the room. */
public record ChatMessageHidden(String roomId, String merchantId, String messageId, String viewerId,
        List<ChatViolation> violations, OffsetDateTime mutedUntil, OffsetDateTime hiddenAt) {

    public static final String NAME = "chat-message-hidden";

    public record ChatViolation(UUID violationId, String ruleId, int ruleVersion, String type) {
    }
}
