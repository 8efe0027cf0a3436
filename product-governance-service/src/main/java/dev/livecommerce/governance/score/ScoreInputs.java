package dev.livecommerce.governance.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.events.ReceivedEvent;

/**
 * Turns each consumed event into a stored fact and recomputes the scores it affects, in the consumer's transaction. A
 * fact stored before (the same review, violation, refund or order under another event id) changes nothing.
 */
@ApplicationScoped
public class ScoreInputs {

    private final ScoreFacts facts;
    private final ScoreRecomputation recomputation;
    private final ScoringModel model;

    ScoreInputs(ScoreFacts facts, ScoreRecomputation recomputation) {
        this.facts = facts;
        this.recomputation = recomputation;
        this.model = recomputation.model();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void listingReviewed(ReceivedEvent<ListingReviewed> event) {
        ListingReviewed review = event.data();
        ScoreFact fact = new ScoreFact(FactKind.LISTING_DECISION, review.reviewId().toString(), event.id(),
                review.merchantId(), review.listingId(), null, review.reviewedAt(), review.outcome().name(),
                model.listingDecision(review.outcome(), review.violations()));
        if (facts.record(fact)) {
            recomputation.recomputeListing(review.listingId(), review.merchantId());
            recomputation.recomputeMerchant(review.merchantId(), ScoreReason.LISTING_REVIEWED, event.id());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void violationDetected(ReceivedEvent<ViolationDetectedData> event) {
        ViolationDetectedData violation = event.data();
        ScoreFact fact = new ScoreFact(FactKind.LIVESTREAM_VIOLATION, violation.violationId().toString(), event.id(),
                violation.merchantId(), null, null, violation.detectedAt(), violation.severity().name(),
                model.livestreamViolation(violation.severity()));
        if (facts.record(fact)) {
            recomputation.recomputeMerchant(violation.merchantId(), ScoreReason.VIOLATION_DETECTED, event.id());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refundRequested(ReceivedEvent<RefundRequestedData> event) {
        RefundRequestedData refund = event.data();
        ScoreFact fact = new ScoreFact(FactKind.REFUND_REQUEST, refund.refundId().toString(), event.id(),
                refund.merchantId(), null, refund.orderId(), refund.requestedAt(), refund.reason(),
                model.refundRequest(refund.reason()));
        if (facts.record(fact)) {
            recomputation.recomputeMerchant(refund.merchantId(), ScoreReason.REFUND_REQUESTED, event.id());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shipmentLate(ReceivedEvent<ShipmentLateData> event) {
        ShipmentLateData shipment = event.data();
        if (!shipment.shippedAt().isAfter(shipment.promisedShipAt())) {
            throw new PoisonMessageException("order " + shipment.orderId() + " shipped at " + shipment.shippedAt()
                    + ", not after the promised " + shipment.promisedShipAt() + ": not a late shipment");
        }
        ScoreFact fact = new ScoreFact(FactKind.LATE_SHIPMENT, shipment.orderId(), event.id(), shipment.merchantId(),
                null, shipment.orderId(), shipment.shippedAt(), shipment.penaltyWaived() ? "WAIVED" : "NOT_WAIVED",
                model.lateShipment(shipment.delay(), shipment.penaltyWaived()));
        if (facts.record(fact)) {
            recomputation.recomputeMerchant(shipment.merchantId(), ScoreReason.SHIPMENT_LATE, event.id());
        }
    }
}
