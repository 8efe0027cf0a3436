package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.listing.Category;

/** Data of listing-submitted (contracts/schemas/listing-submitted.schema.json). */
public record ListingSubmitted(UUID listingId, Integer revision, String merchantId, String title,
        String description, Category category, long priceFen, OffsetDateTime submittedAt) {

    public static final String NAME = "listing-submitted";

    /** Producers that do not version listings leave the revision out: their listing is at revision 1. */
    public int revisionOrFirst() {
        return revision == null ? 1 : revision;
    }
}
