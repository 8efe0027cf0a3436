package dev.livecommerce.moderation.segment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Writes a segment that cannot be checked to the service's dead-letter topic, key and value unchanged, original
 * headers copied, with the headers SmallRye's dead-letter strategy writes (docs/events.md, "Dead-letter topics").
 * The send does not wait: the caller acknowledges the segment's batch once the broker has acknowledged every dead
 * letter of it, so an offset is committed only once its dead letter is safe, and a batch with many dead letters
 * costs one round trip, not one per segment.
 */
@ApplicationScoped
public class SegmentDeadLetters {

    static final String CHANNEL = "segment-dead-letters";
    private static final int SEND_TIMEOUT_SECONDS = 30;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(SEND_TIMEOUT_SECONDS);

    /**
     * Dead letters sent and not yet acknowledged, at most: below what the emitter's buffer (256) and the Kafka
     * sink's in-flight limit (1024) hold together, so a batch full of dead letters waits here instead of overflowing.
     */
    static final int IN_FLIGHT_MAX = 1024;

    private final MutinyEmitter<byte[]> emitter;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT_MAX);
    private final MeterRegistry meters;

    SegmentDeadLetters(@Channel(CHANNEL) MutinyEmitter<byte[]> emitter, MeterRegistry meters) {
        this.emitter = emitter;
        this.meters = meters;
    }

    /** Completes when the broker has acknowledged the dead letter; fails after {@value #SEND_TIMEOUT_SECONDS} s. */
    CompletableFuture<Void> send(ConsumerRecord<String, byte[]> record, Rejection rejection, String reason,
            Throwable cause) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        header(headers, "dead-letter-reason", reason);
        if (cause != null) {
            header(headers, "dead-letter-cause", String.valueOf(cause.getMessage()));
            header(headers, "dead-letter-cause-class-name", cause.getClass().getName());
        }
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        Message<byte[]> message = Message.of(record.value() == null ? new byte[0] : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(record.key()).withHeaders(headers)
                        .build());
        inFlight.acquireUninterruptibly();
        return emitter.sendMessage(message).ifNoItem().after(SEND_TIMEOUT).fail()
                .invoke(() -> meters.counter("moderation.segments.dead.lettered", "reason", rejection.name())
                        .increment())
                .onTermination().invoke(inFlight::release)
                .subscribeAsCompletionStage();
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
