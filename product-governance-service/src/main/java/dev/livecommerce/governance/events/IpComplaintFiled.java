package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.ip.Basis;

/** Data of ip-complaint-filed (contracts/schemas/ip-complaint-filed.schema.json). */
public record IpComplaintFiled(UUID complaintId, UUID listingId, String merchantId, String rightsHolderId,
        Basis basis, UUID trademarkId, UUID imageId, List<ImageMatch> imageMatches, OffsetDateTime filedAt) {

    public static final String NAME = "ip-complaint-filed";

    /** A picture of the listing found to copy the rights holder's original. */
    public record ImageMatch(UUID listingImageId, UUID originalImageId, int distance) {
    }
}
