package dev.livecommerce.kit.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.livecommerce.kit.events.CloudEventCodec;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.events.ReceivedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * {@link IdempotentConsumer} for a channel consumed in batches ({@code batch=true}): the same guarantees, one
 * transaction per batch instead of one per event. Records that break their contract are dead-lettered one by one
 * and the rest of the batch goes on. The events that pass are recorded in the inbox with one statement and applied
 * together, in partition order, in one transaction. When that transaction fails (a transient failure, or an effect
 * that refuses one event as poison), the batch is applied again one event at a time through
 * {@link IdempotentConsumer}, so a single bad event is retried and dead-lettered alone without holding up the
 * partition. The batch size is bounded by the channel's {@code max.poll.records}.
 */
@ApplicationScoped
public class IdempotentBatchConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentBatchConsumer.class);

    private final CloudEventCodec codec;
    private final Inbox inbox;
    private final IdempotentConsumer single;
    private final MeterRegistry meters;

    IdempotentBatchConsumer(CloudEventCodec codec, Inbox inbox, IdempotentConsumer single, MeterRegistry meters) {
        this.codec = codec;
        this.inbox = inbox;
        this.single = single;
        this.meters = meters;
    }

    private record Decoded<T>(KafkaRecord<?, byte[]> record, ReceivedEvent<T> event) {
    }

    /**
     * Applies a batch and acknowledges (or dead-letters) each of its records.
     *
     * @param effect receives the events not applied before by {@code consumer}, in the order of the batch; it runs
     *        in the batch's transaction, or for one event at a time when the batch is retried event by event
     * @return completes when every record of the batch is acknowledged or dead-lettered
     */
    public <T> CompletionStage<Void> apply(String consumer, String eventName, KafkaRecordBatch<?, byte[]> batch,
            Class<T> dataType, Consumer<List<ReceivedEvent<T>>> effect) {
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        List<Decoded<T>> decoded = new ArrayList<>();
        for (KafkaRecord<?, byte[]> record : batch.getRecords()) {
            try {
                decoded.add(new Decoded<>(record, codec.decode(eventName, record.getPayload(), dataType)));
            } catch (PoisonMessageException e) {
                meters.counter("suite.consumer.poison", "consumer", consumer).increment();
                settled.add(record.nack(e).toCompletableFuture());
            }
        }
        if (!decoded.isEmpty()) {
            try {
                applyInOneTransaction(consumer, decoded, effect);
                decoded.forEach(d -> settled.add(d.record().ack().toCompletableFuture()));
            } catch (RuntimeException e) {
                LOG.warnf("Batch of %d %s events for %s failed (%s); applying them one at a time", decoded.size(),
                        eventName, consumer, e.toString());
                for (Decoded<T> d : decoded) {
                    settled.add(applyAlone(consumer, eventName, d, dataType, effect));
                }
            }
        }
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
    }

    private <T> void applyInOneTransaction(String consumer, List<Decoded<T>> decoded,
            Consumer<List<ReceivedEvent<T>>> effect) {
        int applied = QuarkusTransaction.requiringNew().call(() -> {
            Set<UUID> first = inbox.recordFirstDeliveries(consumer,
                    decoded.stream().map(d -> d.event().id()).toList());
            Set<UUID> taken = new HashSet<>();
            List<ReceivedEvent<T>> fresh = decoded.stream().map(Decoded::event)
                    .filter(event -> first.contains(event.id()) && taken.add(event.id()))
                    .toList();
            if (!fresh.isEmpty()) {
                effect.accept(fresh);
            }
            return fresh.size();
        });
        meters.counter("suite.consumer.applied", "consumer", consumer).increment(applied);
        meters.counter("suite.consumer.duplicates", "consumer", consumer).increment(decoded.size() - applied);
    }

    private <T> CompletableFuture<Void> applyAlone(String consumer, String eventName, Decoded<T> d,
            Class<T> dataType, Consumer<List<ReceivedEvent<T>>> effect) {
        try {
            single.apply(consumer, eventName, d.record().getPayload(), dataType,
                    event -> effect.accept(List.of(event)));
            return d.record().ack().toCompletableFuture();
        } catch (RuntimeException e) {
            return d.record().nack(e).toCompletableFuture();
        }
    }
}
