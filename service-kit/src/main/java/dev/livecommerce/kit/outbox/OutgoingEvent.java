package dev.livecommerce.kit.outbox;

/**
 * One event to publish with {@link Outbox#publishAll}.
 *
 * @param eventName the contract's event name, which is also its topic
 * @param aggregateId the aggregate the event is about: CloudEvent subject and Kafka key
 * @param data the event's data, checked against the contract's schema
 */
public record OutgoingEvent(String eventName, String aggregateId, Object data) {
}
