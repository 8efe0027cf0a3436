package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Data of ip-counter-notice-filed (contracts/schemas/ip-counter-notice-filed.schema.json). */
public record IpCounterNoticeFiled(UUID complaintId, UUID listingId, String merchantId, String rightsHolderId,
        OffsetDateTime filedAt) {

    public static final String NAME = "ip-counter-notice-filed";
}
