package dev.livecommerce.governance.score;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds every input of the scores once, each topic under its own consumer name. */
@ApplicationScoped
public class ScoreInputListeners {

    static final String LISTING_REVIEWED_CONSUMER = "score-listing-reviewed";
    static final String VIOLATION_DETECTED_CONSUMER = "score-violation-detected";
    static final String REFUND_REQUESTED_CONSUMER = "score-refund-requested";
    static final String SHIPMENT_LATE_CONSUMER = "score-shipment-late";

    private final IdempotentConsumer consumer;
    private final ScoreInputs inputs;

    ScoreInputListeners(IdempotentConsumer consumer, ScoreInputs inputs) {
        this.consumer = consumer;
        this.inputs = inputs;
    }

    @Incoming(ListingReviewed.NAME)
    @Blocking
    public void onListingReviewed(byte[] value) {
        consumer.apply(LISTING_REVIEWED_CONSUMER, ListingReviewed.NAME, value, ListingReviewed.class,
                inputs::listingReviewed);
    }

    @Incoming(ViolationDetectedData.NAME)
    @Blocking
    public void onViolationDetected(byte[] value) {
        consumer.apply(VIOLATION_DETECTED_CONSUMER, ViolationDetectedData.NAME, value, ViolationDetectedData.class,
                inputs::violationDetected);
    }

    @Incoming(RefundRequestedData.NAME)
    @Blocking
    public void onRefundRequested(byte[] value) {
        consumer.apply(REFUND_REQUESTED_CONSUMER, RefundRequestedData.NAME, value, RefundRequestedData.class,
                inputs::refundRequested);
    }

    @Incoming(ShipmentLateData.NAME)
    @Blocking
    public void onShipmentLate(byte[] value) {
        consumer.apply(SHIPMENT_LATE_CONSUMER, ShipmentLateData.NAME, value, ShipmentLateData.class,
                inputs::shipmentLate);
    }
}
