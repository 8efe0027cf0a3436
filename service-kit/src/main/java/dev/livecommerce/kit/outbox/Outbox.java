package dev.livecommerce.kit.outbox;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.livecommerce.kit.events.CloudEventCodec;
import dev.livecommerce.kit.events.EncodedEvent;
import dev.livecommerce.kit.events.EventContract;
import dev.livecommerce.kit.tx.AfterCommit;

/**
 * Where business code publishes events: the event becomes a row in the caller's transaction, so it exists if and
 * only if the state change that caused it was committed. The relay puts it on the broker afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final CloudEventCodec codec;
    private final TraceHeaders traceHeaders;
    private final OutboxRelay relay;
    private final AfterCommit afterCommit;
    private final EntityManager em;

    Outbox(CloudEventCodec codec, TraceHeaders traceHeaders, OutboxRelay relay,
            AfterCommit afterCommit, EntityManager em) {
        this.em = em;
        this.codec = codec;
        this.traceHeaders = traceHeaders;
        this.relay = relay;
        this.afterCommit = afterCommit;
    }

    /**
     * Adds an event to the current transaction.
     *
     * @param eventName the contract's event name, which is also its topic
     * @param aggregateId the aggregate the event is about: CloudEvent subject and Kafka key, so ordered per aggregate
     * @return the event id subscribers deduplicate by
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String eventName, String aggregateId, Object data) {
        return publishAll(List.of(new OutgoingEvent(eventName, aggregateId, data))).get(0);
    }

    /**
     * Adds several events to the current transaction in one round trip to the database, in the order given, which is
     * the order the relay publishes them in.
     *
     * @return the event ids, in the same order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EncodedEvent> encoded = events.stream()
                .map(e -> codec.encode(e.eventName(), e.aggregateId(), e.data()))
                .toList();
        String trace = traceHeaders.capture();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into outbox_event (event_id, topic, record_key, payload, trace_headers) "
                            + "values (?, ?, ?, ?, ?)")) {
                for (EncodedEvent event : encoded) {
                    insert.setObject(1, event.id());
                    insert.setString(2, EventContract.topic(event.eventName()));
                    insert.setString(3, event.subject());
                    insert.setBytes(4, event.value());
                    insert.setString(5, trace);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return encoded.stream().map(EncodedEvent::id).toList();
    }

    private void wakeRelayAfterCommit() {
        afterCommit.runOnce(WAKE_REGISTERED, relay::wakeUp);
    }
}
