package dev.livecommerce.governance.reviewqueue;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Feeds the queue from the service's own listing-reviewed topic. The channel has a consumer group of its own
 * (application.properties), so other readers of the topic in this service never take partitions away from it.
 */
@ApplicationScoped
public class ManualReviewListener {

    static final String CHANNEL = "review-queue";
    static final String CONSUMER = "review-queue";

    private final IdempotentConsumer consumer;
    private final ReviewQueueService queue;

    ManualReviewListener(IdempotentConsumer consumer, ReviewQueueService queue) {
        this.consumer = consumer;
        this.queue = queue;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onListingReviewed(byte[] value) {
        consumer.apply(CONSUMER, ListingReviewed.NAME, value, ListingReviewed.class,
                event -> queue.onListingReviewed(event.data()));
    }
}
