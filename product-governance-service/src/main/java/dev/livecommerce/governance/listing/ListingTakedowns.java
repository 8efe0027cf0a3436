package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingRestored;
import dev.livecommerce.governance.events.ListingTakenDown;
import dev.livecommerce.kit.outbox.Outbox;

/**
 * Takes listings down and puts them back, publishing listing-taken-down and listing-restored in the caller's
 * transaction. The caller decides when (an upheld IP complaint, a successful counter-notice) and remembers the status
 * to restore.
 */
@ApplicationScoped
public class ListingTakedowns {

    private final Outbox outbox;

    ListingTakedowns(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The listing's owner and status, its row locked until the caller's transaction ends. */
    public record LockedListing(UUID id, String merchantId, ListingStatus status) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LockedListing> lock(UUID listingId) {
        return Listing.<Listing>findByIdOptional(listingId, LockModeType.PESSIMISTIC_WRITE)
                .map(listing -> new LockedListing(listing.id, listing.merchantId, listing.status));
    }

    /**
     * Takes the listing down. A listing already down stays down and nothing is published.
     *
     * @return the status it had, which {@link #restore} puts back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListingStatus takeDown(UUID listingId, TakedownCause cause, String causeId, String reason) {
        Listing listing = locked(listingId);
        ListingStatus previous = listing.status;
        if (previous != ListingStatus.TAKEN_DOWN) {
            listing.status = ListingStatus.TAKEN_DOWN;
            outbox.publish(ListingTakenDown.NAME, listingId.toString(), new ListingTakenDown(listingId,
                    listing.merchantId, previous, cause, causeId, reason, now()));
        }
        return previous;
    }

    /** Puts a taken-down listing back to {@code status}. A listing that is not down is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restore(UUID listingId, ListingStatus status, TakedownCause cause, String causeId, String reason) {
        if (status == ListingStatus.TAKEN_DOWN) {
            throw new IllegalArgumentException("a listing is restored to the status it had before its takedown");
        }
        Listing listing = locked(listingId);
        if (listing.status != ListingStatus.TAKEN_DOWN) {
            return;
        }
        listing.status = status;
        outbox.publish(ListingRestored.NAME, listingId.toString(), new ListingRestored(listingId, listing.merchantId,
                status, cause, causeId, reason, now()));
    }

    private static Listing locked(UUID listingId) {
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            throw new IllegalStateException("listing " + listingId + " does not exist");
        }
        return listing;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
