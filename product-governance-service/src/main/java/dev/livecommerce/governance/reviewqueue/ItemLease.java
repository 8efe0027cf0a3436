package dev.livecommerce.governance.reviewqueue;

import java.time.OffsetDateTime;

/** Who holds a queue item and until when; {@code holder} and {@code expiresAt} are null when nobody does. */
public record ItemLease(QueueItemStatus status, String holder, OffsetDateTime expiresAt) {

    public LeaseState stateAt(OffsetDateTime now) {
        if (holder == null) {
            return LeaseState.FREE;
        }
        return expiresAt.isAfter(now) ? LeaseState.HELD : LeaseState.EXPIRED;
    }

    boolean isHeldBy(String reviewerId, OffsetDateTime now) {
        return stateAt(now) == LeaseState.HELD && holder.equals(reviewerId);
    }
}
