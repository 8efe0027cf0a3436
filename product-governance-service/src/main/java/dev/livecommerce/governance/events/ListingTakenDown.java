package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.listing.ListingStatus;
import dev.livecommerce.governance.listing.TakedownCause;

/** Data of listing-taken-down (contracts/schemas/listing-taken-down.schema.json). */
public record ListingTakenDown(UUID listingId, String merchantId, ListingStatus previousStatus, TakedownCause cause,
        String causeId, String reason, OffsetDateTime takenDownAt) {

    public static final String NAME = "listing-taken-down";
}
