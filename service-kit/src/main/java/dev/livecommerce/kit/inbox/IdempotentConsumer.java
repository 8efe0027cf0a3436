package dev.livecommerce.kit.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import dev.livecommerce.kit.events.CloudEventCodec;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.events.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How every Kafka listener applies an event: decode and check it against its contract (a failure is poison and is
 * not retried), then apply the effect and record the event id in one transaction, at most once per consumer.
 * Transient failures (database or lock trouble) are retried a bounded number of times, each in a fresh
 * transaction; what still fails is thrown to the connector, whose dead-letter strategy keeps the partition moving.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final MeterRegistry meters;

    IdempotentConsumer(CloudEventCodec codec, Inbox inbox, MeterRegistry meters) {
        this.codec = codec;
        this.inbox = inbox;
        this.meters = meters;
    }

    @Retry(maxRetries = 5, delay = 200, jitter = 100, maxDuration = 30_000, abortOn = PoisonMessageException.class)
    public <T> void apply(String consumer, String eventName, byte[] value, Class<T> dataType,
            Consumer<ReceivedEvent<T>> effect) {
        ReceivedEvent<T> event;
        try {
            event = codec.decode(eventName, value, dataType);
        } catch (PoisonMessageException e) {
            meters.counter("suite.consumer.poison", "consumer", consumer).increment();
            throw e;
        }
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.recordFirstDelivery(consumer, event.id())) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        meters.counter(applied ? "suite.consumer.applied" : "suite.consumer.duplicates", "consumer", consumer)
                .increment();
    }
}
