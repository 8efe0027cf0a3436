package dev.livecommerce.kit.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A consumed event that passed its contract: the envelope's identity and the typed data. */
public record ReceivedEvent<T>(UUID id, String type, String subject, OffsetDateTime time, T data) {
}
