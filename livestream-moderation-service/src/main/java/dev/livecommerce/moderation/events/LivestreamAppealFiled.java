package dev.livecommerce.moderation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of livestream-appeal-filed; roomId only for a cut. */
public record LivestreamAppealFiled(UUID appealId, UUID penaltyId, String penaltyKind, String hostId, String roomId,
        String appellantKind, String appellantId, String statement, List<Evidence> evidence,
        OffsetDateTime filedAt, OffsetDateTime decisionDueAt) {

    public static final String NAME = "livestream-appeal-filed";

    public record Evidence(String url, String note) {
    }
}
