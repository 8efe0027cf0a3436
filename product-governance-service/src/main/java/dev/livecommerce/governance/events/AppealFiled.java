package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.appeal.AppealTargetType;
import dev.livecommerce.governance.appeal.Evidence;

/** Data of appeal-filed (contracts/schemas/appeal-filed.schema.json); listingId only for a listing decision. */
public record AppealFiled(UUID appealId, String merchantId, AppealTargetType targetType, UUID targetId,
        UUID listingId, String statement, List<Evidence> evidence, OffsetDateTime filedAt,
        OffsetDateTime decisionDueAt) {

    public static final String NAME = "appeal-filed";
}
