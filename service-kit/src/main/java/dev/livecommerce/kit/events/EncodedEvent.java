package dev.livecommerce.kit.events;

import java.util.UUID;

/** A serialised CloudEvent ready for the outbox; {@code subject} is the aggregate id and the Kafka key. */
public record EncodedEvent(UUID id, String eventName, String subject, byte[] value) {
}
