package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Pattern;

/** POST /rooms/{id}/end: why the session ended (default HOST_ENDED) and when (default now). */
public record EndRoomRequest(
        @Pattern(regexp = "HOST_ENDED|SCHEDULE_OVER|CONNECTION_LOST", message = "must be HOST_ENDED, SCHEDULE_OVER or CONNECTION_LOST") String reason,
        OffsetDateTime endedAt) {
}
