package dev.livecommerce.governance.reviewqueue;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.events.ReceivedEvent;
import dev.livecommerce.kit.inbox.IdempotentBatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Feeds the queue from the service's own listing-reviewed topic. The channel has a consumer group of its own
 * (application.properties), so other readers of the topic in this service never take partitions away from it, and
 * is consumed in batches, one transaction per batch.
 */
@ApplicationScoped
public class ManualReviewListener {

    static final String CHANNEL = "review-queue";
    static final String CONSUMER = "review-queue";

    private final IdempotentBatchConsumer consumer;
    private final ReviewQueueService queue;

    ManualReviewListener(IdempotentBatchConsumer consumer, ReviewQueueService queue) {
        this.consumer = consumer;
        this.queue = queue;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> onListingReviewed(KafkaRecordBatch<String, byte[]> batch) {
        return consumer.apply(CONSUMER, ListingReviewed.NAME, batch, ListingReviewed.class,
                events -> queue.onListingsReviewed(events.stream().map(ReceivedEvent::data).toList()));
    }
}
