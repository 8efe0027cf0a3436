package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.AppealFiled;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Files appeals: within the window after the decision or penalty, one open appeal per target, none once the target
 * was overturned. The appeal and appeal-filed commit together, once per idempotency key.
 */
@ApplicationScoped
public class AppealFiling {

    private final AppealTargets targets;
    private final AppealPolicy policy;
    private final Outbox outbox;

    AppealFiling(AppealTargets targets, AppealConfig config, Outbox outbox) {
        this.targets = targets;
        this.policy = config.policy();
        this.outbox = outbox;
    }

    @Transactional
    public AppealView file(String merchantId, String idempotencyKey, FileAppealRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AppealTargets.Target target = targets.lockForFiling(request.targetType(), request.targetId(), merchantId);
        Appeal earlier = Appeal.find("merchantId = ?1 and idempotencyKey = ?2", merchantId, idempotencyKey)
                .firstResult();
        if (earlier != null) {
            return replay(earlier, request, idempotencyKey, now);
        }
        String what = AppealTargets.describe(target.type(), target.id());
        Appeal overturned = Appeal.find("targetType = ?1 and targetId = ?2 and status = ?3", target.type(),
                target.id(), AppealStatus.OVERTURNED).firstResult();
        if (overturned != null) {
            throw new ProblemException(Problem.of(409, "Conflict", "already-overturned", what
                    + " was already overturned by appeal " + overturned.id + "; there is nothing left to appeal"));
        }
        Appeal open = Appeal.find("targetType = ?1 and targetId = ?2 and status = ?3", target.type(), target.id(),
                AppealStatus.OPEN).firstResult();
        if (open != null) {
            throw new ProblemException(Problem.of(409, "Conflict", "appeal-already-open", what
                    + " already has an open appeal, " + open.id + ", filed at " + open.filedAt
                    + "; add to it by waiting for its decision"));
        }
        if (!policy.inWindow(target.appealableSince(), now)) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "appeal-window-closed", what
                    + " could be appealed until " + policy.windowClosesAt(target.appealableSince()) + " ("
                    + policy.window().toDays() + " days after " + target.appealableSince() + ")"));
        }

        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.merchantId = merchantId;
        appeal.targetType = target.type();
        appeal.targetId = target.id();
        appeal.listingId = target.listingId();
        appeal.statement = request.statement();
        appeal.evidence = request.evidence();
        appeal.status = AppealStatus.OPEN;
        appeal.filedAt = now;
        appeal.decisionDueAt = policy.decisionDueAt(now);
        appeal.idempotencyKey = idempotencyKey;
        appeal.requestHash = request.fingerprint();
        appeal.persist();
        outbox.publish(AppealFiled.NAME, merchantId, new AppealFiled(appeal.id, merchantId, appeal.targetType,
                appeal.targetId, appeal.listingId, appeal.statement, appeal.evidence, appeal.filedAt,
                appeal.decisionDueAt));
        return AppealView.of(appeal, now);
    }

    private static AppealView replay(Appeal earlier, FileAppealRequest request, String idempotencyKey,
            OffsetDateTime now) {
        if (!earlier.requestHash.equals(request.fingerprint())) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "idempotency-key-reused",
                    "Idempotency-Key '" + idempotencyKey + "' was already used for a different appeal ("
                            + earlier.id + "); use a new key for a new appeal"));
        }
        return AppealView.of(earlier, now);
    }
}
