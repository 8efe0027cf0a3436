package dev.livecommerce.kit.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class OrderedSenderTest {

    private final MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
            new ByteArraySerializer());

    @Test
    void allAcknowledgedMeansWholeBatch() {
        List<OutboxEvent> batch = batch(5);
        Thread broker = Thread.ofVirtual().start(() -> acknowledge(5, -1));

        OrderedSender.Outcome outcome = new OrderedSender(producer, 5_000).send(batch);

        join(broker);
        assertEquals(5, outcome.acknowledged());
        assertNull(outcome.failure());
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(producer.history().get(0).headers().lastHeader("content-type").value(),
                        StandardCharsets.UTF_8));
        assertEquals("traceparent", producer.history().get(0).headers().toArray()[1].key());
    }

    @Test
    void aFailureInTheMiddleKeepsOnlyThePrefix() {
        List<OutboxEvent> batch = batch(5);
        // The broker acks records 0 and 1, fails 2, then acks 3 and 4: only 0..1 may be marked published.
        Thread broker = Thread.ofVirtual().start(() -> acknowledge(5, 2));

        OrderedSender.Outcome outcome = new OrderedSender(producer, 5_000).send(batch);

        join(broker);
        assertEquals(2, outcome.acknowledged());
        assertNotNull(outcome.failure());
    }

    @Test
    void aBrokerThatNeverAnswersTimesOutWithNothingAcknowledged() {
        OrderedSender.Outcome outcome = new OrderedSender(producer, 200).send(batch(3));

        assertEquals(0, outcome.acknowledged());
        assertNotNull(outcome.failure());
    }

    private void acknowledge(int count, int failAt) {
        for (int i = 0; i < count; i++) {
            while (!(i == failAt
                    ? producer.errorNext(new NotLeaderOrFollowerException("injected"))
                    : producer.completeNext())) {
                Thread.onSpinWait();
            }
        }
    }

    private static List<OutboxEvent> batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> {
            OutboxEvent e = new OutboxEvent();
            e.position = (long) i;
            e.eventId = UUID.randomUUID();
            e.topic = "listing-reviewed";
            e.recordKey = "listing-" + (i % 2);
            e.payload = ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            e.traceHeaders = "traceparent=00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\n";
            return e;
        }).toList();
    }

    private static void join(Thread t) {
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
