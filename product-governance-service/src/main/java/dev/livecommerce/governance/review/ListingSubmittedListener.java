package dev.livecommerce.governance.review;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.kit.events.ReceivedEvent;
import dev.livecommerce.kit.inbox.IdempotentBatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reviews every listing-submitted event once, whoever published it. The channel is consumed in batches
 * (application.properties): a batch is reviewed in one transaction, in partition order.
 */
@ApplicationScoped
public class ListingSubmittedListener {

    static final String CONSUMER = "listing-review";

    private final IdempotentBatchConsumer consumer;
    private final ReviewService reviews;

    ListingSubmittedListener(IdempotentBatchConsumer consumer, ReviewService reviews) {
        this.consumer = consumer;
        this.reviews = reviews;
    }

    @Incoming(ListingSubmitted.NAME)
    @Blocking
    public CompletionStage<Void> onListingSubmitted(KafkaRecordBatch<String, byte[]> batch) {
        return consumer.apply(CONSUMER, ListingSubmitted.NAME, batch, ListingSubmitted.class,
                events -> reviews.reviewAll(events.stream().map(ReceivedEvent::data).toList()));
    }
}
