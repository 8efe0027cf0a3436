package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One consumed input as the scores keep it. {@code factRef} identifies the fact within its kind (review, violation,
 * refund or order id), so the same fact arriving twice counts once; {@code listingId} and {@code orderId} are null
 * when the input has none.
 */
public record ScoreFact(FactKind kind, String factRef, UUID eventId, String merchantId, UUID listingId,
        String orderId, OffsetDateTime occurredAt, String label, Contribution contribution) {
}
