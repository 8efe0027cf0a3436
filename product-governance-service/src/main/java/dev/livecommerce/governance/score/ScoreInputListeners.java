package dev.livecommerce.governance.score;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.AppealDecided;
import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.inbox.IdempotentBatchConsumer;
import dev.livecommerce.kit.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Feeds every input of the scores once, each topic under its own consumer name. listing-reviewed and
 * violation-detected, the busiest, are consumed in batches, one transaction per batch (application.properties).
 */
@ApplicationScoped
public class ScoreInputListeners {

    static final String LISTING_REVIEWED_CONSUMER = "score-listing-reviewed";
    static final String VIOLATION_DETECTED_CONSUMER = "score-violation-detected";
    static final String REFUND_REQUESTED_CONSUMER = "score-refund-requested";
    static final String SHIPMENT_LATE_CONSUMER = "score-shipment-late";
    static final String APPEAL_DECIDED_CONSUMER = "score-appeal-decided";

    private final IdempotentConsumer consumer;
    private final IdempotentBatchConsumer batchConsumer;
    private final ScoreInputs inputs;

    ScoreInputListeners(IdempotentConsumer consumer, IdempotentBatchConsumer batchConsumer, ScoreInputs inputs) {
        this.consumer = consumer;
        this.batchConsumer = batchConsumer;
        this.inputs = inputs;
    }

    @Incoming(ListingReviewed.NAME)
    @Blocking
    public CompletionStage<Void> onListingReviewed(KafkaRecordBatch<String, byte[]> batch) {
        return batchConsumer.apply(LISTING_REVIEWED_CONSUMER, ListingReviewed.NAME, batch, ListingReviewed.class,
                inputs::listingsReviewed);
    }

    @Incoming(ViolationDetectedData.NAME)
    @Blocking
    public CompletionStage<Void> onViolationDetected(KafkaRecordBatch<String, byte[]> batch) {
        return batchConsumer.apply(VIOLATION_DETECTED_CONSUMER, ViolationDetectedData.NAME, batch,
                ViolationDetectedData.class, inputs::violationsDetected);
    }

    @Incoming(RefundRequestedData.NAME)
    @Blocking
    public void onRefundRequested(byte[] value) {
        consumer.apply(REFUND_REQUESTED_CONSUMER, RefundRequestedData.NAME, value, RefundRequestedData.class,
                inputs::refundRequested);
    }

    @Incoming(AppealDecided.NAME)
    @Blocking
    public void onAppealDecided(byte[] value) {
        consumer.apply(APPEAL_DECIDED_CONSUMER, AppealDecided.NAME, value, AppealDecided.class,
                inputs::appealDecided);
    }

    @Incoming(ShipmentLateData.NAME)
    @Blocking
    public void onShipmentLate(byte[] value) {
        consumer.apply(SHIPMENT_LATE_CONSUMER, ShipmentLateData.NAME, value, ShipmentLateData.class,
                inputs::shipmentLate);
    }
}
