package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.ip.ComplaintDecision;

/** Data of ip-complaint-decided (contracts/schemas/ip-complaint-decided.schema.json). */
public record IpComplaintDecided(UUID complaintId, UUID listingId, String merchantId, String rightsHolderId,
        ComplaintDecision decision, String deciderRole, String deciderId, String reason,
        OffsetDateTime counterNoticeDeadline, OffsetDateTime decidedAt) {

    public static final String NAME = "ip-complaint-decided";
}
