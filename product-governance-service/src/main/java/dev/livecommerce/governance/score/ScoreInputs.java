package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.appeal.AppealOutcome;
import dev.livecommerce.governance.events.AppealDecided;
import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.events.ReceivedEvent;

/**
 * Turns each consumed event into a stored fact (or, for an overturn, voids facts) and recomputes the scores it affects,
 * in the consumer's transaction. A fact stored before (the same review, violation, refund or order under another event
 * id) changes nothing.
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

    /**
     * A batch of listing decisions in one transaction: every new fact is stored, then each listing and each merchant
     * they touch is recomputed once, with the batch's last event of that merchant as the trigger. The scores end as
     * if the events had been applied one by one; a merchant-score-changed then carries the batch's net move.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void listingsReviewed(List<ReceivedEvent<ListingReviewed>> events) {
        Map<UUID, String> listings = new LinkedHashMap<>();
        Map<String, UUID> lastEventOfMerchant = new LinkedHashMap<>();
        for (ReceivedEvent<ListingReviewed> event : events) {
            ListingReviewed review = event.data();
            if (facts.record(listingDecision(event))) {
                listings.put(review.listingId(), review.merchantId());
                lastEventOfMerchant.put(review.merchantId(), event.id());
            }
        }
        recomputation.recomputeListings(listings);
        lastEventOfMerchant.forEach((merchantId, eventId) -> recomputation.recomputeMerchant(merchantId,
                ScoreReason.LISTING_REVIEWED, eventId));
    }

    private ScoreFact listingDecision(ReceivedEvent<ListingReviewed> event) {
        ListingReviewed review = event.data();
        return new ScoreFact(FactKind.LISTING_DECISION, review.reviewId().toString(), event.id(),
                review.merchantId(), review.listingId(), null, review.reviewedAt(), review.outcome().name(),
                model.listingDecision(review.outcome(), review.violations()));
    }

    /**
     * An overturned appeal voids the listing decisions it names: they stop counting for their listings and the
     * merchant, now and in every later recomputation. An upheld appeal changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealDecided(ReceivedEvent<AppealDecided> event) {
        AppealDecided appeal = event.data();
        if (appeal.outcome() != AppealOutcome.OVERTURNED) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> listings = appeal.overturn().decisions().stream()
                .filter(decision -> facts.voidFact(FactKind.LISTING_DECISION, decision.reviewId().toString(),
                        appeal.appealId(), event.id(), now))
                .map(AppealDecided.DecisionRestored::listingId)
                .distinct()
                .toList();
        if (!listings.isEmpty()) {
            recomputation.recomputeListings(listings.stream()
                    .collect(Collectors.toMap(listingId -> listingId, listingId -> appeal.merchantId())));
            recomputation.recomputeMerchant(appeal.merchantId(), ScoreReason.APPEAL_OVERTURNED, event.id());
        }
    }

    /**
     * A batch of livestream violations in one transaction: every new fact is stored, then each merchant is recomputed
     * once, with its last event of the batch as the trigger, as for a batch of listing decisions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void violationsDetected(List<ReceivedEvent<ViolationDetectedData>> events) {
        Map<String, UUID> lastEventOfMerchant = new LinkedHashMap<>();
        for (ReceivedEvent<ViolationDetectedData> event : events) {
            ViolationDetectedData violation = event.data();
            ScoreFact fact = new ScoreFact(FactKind.LIVESTREAM_VIOLATION, violation.violationId().toString(),
                    event.id(), violation.merchantId(), null, null, violation.detectedAt(), violation.severity().name(),
                    model.livestreamViolation(violation.severity()));
            if (facts.record(fact)) {
                lastEventOfMerchant.put(violation.merchantId(), event.id());
            }
        }
        lastEventOfMerchant.forEach((merchantId, eventId) -> recomputation.recomputeMerchant(merchantId,
                ScoreReason.VIOLATION_DETECTED, eventId));
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
