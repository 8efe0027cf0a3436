package dev.livecommerce.governance.penalty;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Feeds every listing decision to the penalty ladder once. Its channel reads topic listing-reviewed in a consumer
 * group of its own (application.properties), so other readers of the topic in this service get every record too.
 */
@ApplicationScoped
public class ListingReviewedListener {

    static final String CONSUMER = "merchant-penalties";
    static final String CHANNEL = "penalties-listing-reviewed";

    private final IdempotentConsumer consumer;
    private final ViolationIntake intake;

    ListingReviewedListener(IdempotentConsumer consumer, ViolationIntake intake) {
        this.consumer = consumer;
        this.intake = intake;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onListingReviewed(byte[] value) {
        consumer.apply(CONSUMER, ListingReviewed.NAME, value, ListingReviewed.class,
                event -> intake.accept(event.data()));
    }
}
