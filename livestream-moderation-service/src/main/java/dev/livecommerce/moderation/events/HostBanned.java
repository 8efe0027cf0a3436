package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of host-banned: the merchants of the cut rooms share the responsibility. */
public record HostBanned(UUID penaltyId, String hostId, List<String> merchantIds, List<CutRef> cuts, int windowDays,
        OffsetDateTime bannedAt) {

    public static final String NAME = "host-banned";

    public record CutRef(UUID penaltyId, String roomId, String merchantId, OffsetDateTime cutAt) {
    }
}
