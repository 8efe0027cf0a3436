package dev.livecommerce.governance.review;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reviews every listing-submitted event once, whoever published it. */
@ApplicationScoped
public class ListingSubmittedListener {

    static final String CONSUMER = "listing-review";

    private final IdempotentConsumer consumer;
    private final ReviewService reviews;

    ListingSubmittedListener(IdempotentConsumer consumer, ReviewService reviews) {
        this.consumer = consumer;
        this.reviews = reviews;
    }

    @Incoming(ListingSubmitted.NAME)
    @Blocking
    public void onListingSubmitted(byte[] value) {
        consumer.apply(CONSUMER, ListingSubmitted.NAME, value, ListingSubmitted.class,
                event -> reviews.review(event.data()));
    }
}
