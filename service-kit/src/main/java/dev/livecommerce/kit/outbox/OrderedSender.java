package dev.livecommerce.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import dev.livecommerce.kit.events.EventContract;

/**
 * Sends a batch and reports how long a prefix of it the broker acknowledged. Only that prefix may be marked
 * published: marking a later row while an earlier one failed would let the retry overtake it and break per-key order.
 */
final class OrderedSender {

    private final Producer<String, byte[]> producer;
    private final long timeoutMs;

    OrderedSender(Producer<String, byte[]> producer, long timeoutMs) {
        this.producer = producer;
        this.timeoutMs = timeoutMs;
    }

    record Outcome(int acknowledged, Exception failure) {
    }

    Outcome send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent event : batch) {
                acks.add(producer.send(record(event)));
            }
        } catch (RuntimeException e) {
            // send() itself failed (metadata unavailable within max.block.ms): count what was already in flight
            return awaitPrefix(acks, e);
        }
        return awaitPrefix(acks, null);
    }

    private Outcome awaitPrefix(List<Future<RecordMetadata>> acks, Exception sendFailure) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged++;
            } catch (ExecutionException e) {
                return new Outcome(acknowledged, (Exception) e.getCause());
            } catch (TimeoutException e) {
                return new Outcome(acknowledged, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(acknowledged, e);
            }
        }
        return new Outcome(acknowledged, sendFailure);
    }

    private static ProducerRecord<String, byte[]> record(OutboxEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic, event.recordKey, event.payload);
        record.headers().add("content-type", EventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        TraceHeaders.forEach(event.traceHeaders, record.headers()::add);
        return record;
    }
}
