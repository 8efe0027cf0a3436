package dev.livecommerce.governance.reviewqueue;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The rules of the review queue's leases. One reviewer holds an item at a time; a lease that ran out frees the item;
 * only the holder of a running lease renews or decides, so a reviewer whose lease lapsed cannot overwrite the work of
 * the one who took the item over.
 */
public final class LeaseCheck {

    public Optional<Refusal> toClaim(ItemLease lease, String reviewerId, OffsetDateTime now) {
        return closed(lease).or(() -> lease.stateAt(now) == LeaseState.HELD && !lease.holder().equals(reviewerId)
                ? Optional.of(new Refusal("item-claimed", "claimed by another reviewer until " + lease.expiresAt()))
                : Optional.empty());
    }

    public Optional<Refusal> toRenew(ItemLease lease, String reviewerId, OffsetDateTime now) {
        return toActAsHolder(lease, reviewerId, now, "renew");
    }

    /** The holder may release even a lapsed lease, as long as nobody took the item over. */
    public Optional<Refusal> toRelease(ItemLease lease, String reviewerId) {
        return closed(lease).or(() -> reviewerId.equals(lease.holder())
                ? Optional.empty()
                : Optional.of(notYours(lease)));
    }

    public Optional<Refusal> toDecide(ItemLease lease, String reviewerId, OffsetDateTime now) {
        return toActAsHolder(lease, reviewerId, now, "decide");
    }

    private static Optional<Refusal> toActAsHolder(ItemLease lease, String reviewerId, OffsetDateTime now,
            String action) {
        return closed(lease).or(() -> {
            if (!reviewerId.equals(lease.holder())) {
                return Optional.of(notYours(lease));
            }
            if (!lease.isHeldBy(reviewerId, now)) {
                return Optional.of(new Refusal("lease-expired", "your lease ran out at " + lease.expiresAt()
                        + "; claim the item again to " + action));
            }
            return Optional.empty();
        });
    }

    private static Optional<Refusal> closed(ItemLease lease) {
        return lease.status() == QueueItemStatus.OPEN
                ? Optional.empty()
                : Optional.of(new Refusal("item-closed", "the item is " + lease.status()
                        + " and no longer in the queue"));
    }

    private static Refusal notYours(ItemLease lease) {
        return new Refusal("item-not-claimed", lease.holder() == null
                ? "nobody holds the item: claim it first"
                : "the item is claimed by another reviewer");
    }
}
