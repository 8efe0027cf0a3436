package dev.livecommerce.governance.listing;

import java.util.UUID;

/** The answer to a submission: the listing's id and where it stands. */
public record SubmissionReceipt(UUID listingId, ListingStatus status) {
}
