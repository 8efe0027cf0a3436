package dev.livecommerce.governance.reviewqueue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.review.Violation;

/**
 * A queue item as reviewers see it: the listing, the reasons it waits for a human, who holds it and until when,
 * and, once decided, the decision. {@code lease} describes the lease at the time of the answer.
 */
public record QueueItemView(UUID id, UUID listingId, UUID reviewId, int revision, String merchantId,
        List<Violation> reasons, OffsetDateTime queuedAt, QueueItemStatus status, Lease lease, Decision decision) {

    /** {@code reviewerId}, {@code claimedAt} and {@code expiresAt} are null when the lease is FREE. */
    public record Lease(LeaseState state, String reviewerId, OffsetDateTime claimedAt, OffsetDateTime expiresAt) {
    }

    /** {@code reviewId} is the listing review recorded for the reviewer's decision. */
    public record Decision(Verdict verdict, String note, String reviewerId, OffsetDateTime decidedAt,
            UUID reviewId) {
    }

    static QueueItemView of(ReviewQueueItem item, OffsetDateTime now) {
        LeaseState state = item.status == QueueItemStatus.OPEN ? item.lease().stateAt(now) : LeaseState.FREE;
        Lease lease = state == LeaseState.FREE
                ? new Lease(state, null, null, null)
                : new Lease(state, item.claimedBy, item.claimedAt, item.leaseExpiresAt);
        Decision decision = item.status == QueueItemStatus.DECIDED
                ? new Decision(item.verdict, item.decisionNote, item.decidedBy, item.decidedAt, item.decisionReviewId)
                : null;
        return new QueueItemView(item.id, item.listingId, item.reviewId, item.revision, item.merchantId,
                item.reasons, item.queuedAt, item.status, lease, decision);
    }
}
