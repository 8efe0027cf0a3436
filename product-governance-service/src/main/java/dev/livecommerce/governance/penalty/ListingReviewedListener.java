package dev.livecommerce.governance.penalty;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.inbox.IdempotentBatchConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Feeds every listing decision to the penalty ladder once. Its channel reads topic listing-reviewed in a consumer
 * group of its own (application.properties), so other readers of the topic in this service get every record too,
 * and is consumed in batches, one transaction per batch.
 */
@ApplicationScoped
public class ListingReviewedListener {

    static final String CONSUMER = "merchant-penalties";
    static final String CHANNEL = "penalties-listing-reviewed";

    private final IdempotentBatchConsumer consumer;
    private final ViolationIntake intake;

    ListingReviewedListener(IdempotentBatchConsumer consumer, ViolationIntake intake) {
        this.consumer = consumer;
        this.intake = intake;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> onListingReviewed(KafkaRecordBatch<String, byte[]> batch) {
        return consumer.apply(CONSUMER, ListingReviewed.NAME, batch, ListingReviewed.class,
                events -> events.forEach(event -> intake.accept(event.data())));
    }
}
