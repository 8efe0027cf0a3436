package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.moderation.events.LivestreamAppealFiled.Evidence;

/** An appeal as the API shows it. */
public record AppealView(UUID appealId, UUID penaltyId, String penaltyKind, String hostId, String roomId,
        String appellantKind, String appellantId, String statement, List<Evidence> evidence, String status,
        OffsetDateTime filedAt, OffsetDateTime decisionDueAt, boolean overdue, OffsetDateTime decidedAt,
        String reviewerId, String decisionReason) {

    static AppealView of(LivestreamAppeal a, OffsetDateTime now) {
        OffsetDateTime decidedOrNow = a.decidedAt == null ? now : a.decidedAt;
        return new AppealView(a.appealId, a.penaltyId, a.penaltyKind.name(), a.hostId, a.roomId,
                a.appellantKind.name(), a.appellantId, a.statement, a.evidence, a.status.name(), a.filedAt,
                a.decisionDueAt, decidedOrNow.isAfter(a.decisionDueAt), a.decidedAt, a.reviewerId,
                a.decisionReason);
    }
}
