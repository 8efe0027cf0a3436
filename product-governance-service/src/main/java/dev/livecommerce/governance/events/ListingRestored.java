package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.listing.ListingStatus;
import dev.livecommerce.governance.listing.TakedownCause;

/** Data of listing-restored (contracts/schemas/listing-restored.schema.json). */
public record ListingRestored(UUID listingId, String merchantId, ListingStatus status, TakedownCause cause,
        String causeId, String reason, OffsetDateTime restoredAt) {

    public static final String NAME = "listing-restored";
}
