package dev.livecommerce.kit.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import dev.livecommerce.kit.events.CloudEventCodec;
import dev.livecommerce.kit.events.EncodedEvent;
import dev.livecommerce.kit.events.EventContract;

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
    private final TransactionSynchronizationRegistry transactions;

    Outbox(CloudEventCodec codec, TraceHeaders traceHeaders, OutboxRelay relay,
            TransactionSynchronizationRegistry transactions) {
        this.codec = codec;
        this.traceHeaders = traceHeaders;
        this.relay = relay;
        this.transactions = transactions;
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
        EncodedEvent event = codec.encode(eventName, aggregateId, data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = EventContract.topic(eventName);
        row.recordKey = aggregateId;
        row.payload = event.value();
        row.traceHeaders = traceHeaders.capture();
        row.persist();
        wakeRelayAfterCommit();
        return event.id();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
