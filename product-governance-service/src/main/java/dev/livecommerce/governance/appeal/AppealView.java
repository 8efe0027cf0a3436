package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.livecommerce.governance.events.AppealDecided;

/** An appeal as the merchant, reviewers and operators see it; the decision fields are null while it is open. */
public record AppealView(UUID appealId, String merchantId, AppealTargetType targetType, UUID targetId,
        UUID listingId, String statement, List<Evidence> evidence, AppealStatus status, OffsetDateTime filedAt,
        OffsetDateTime decisionDueAt, boolean overdue, OffsetDateTime decidedAt, String reviewerId, String reason,
        AppealDecided.Overturn overturn) {

    static AppealView of(Appeal a, OffsetDateTime now) {
        return new AppealView(a.id, a.merchantId, a.targetType, a.targetId, a.listingId, a.statement, a.evidence,
                a.status, a.filedAt, a.decisionDueAt, AppealPolicy.overdue(a.status, a.decisionDueAt, now),
                a.decidedAt, a.reviewerId, a.decisionReason, a.overturn);
    }
}
