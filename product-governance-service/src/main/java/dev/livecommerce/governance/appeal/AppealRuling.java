package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.AppealDecided;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * A reviewer's ruling on an open appeal. In one transaction: the appeal's outcome, one rule_appeal_outcome per rule
 * version judged, for an overturn the whole compensation, and the one appeal-decided event that announces it all. A
 * failure at any step leaves everything as it was.
 */
@ApplicationScoped
public class AppealRuling {

    private final EntityManager em;
    private final AppealTargets targets;
    private final MisjudgmentCompensation compensation;
    private final Outbox outbox;

    AppealRuling(EntityManager em, AppealTargets targets, MisjudgmentCompensation compensation, Outbox outbox) {
        this.em = em;
        this.targets = targets;
        this.compensation = compensation;
        this.outbox = outbox;
    }

    @Transactional
    public AppealView decide(UUID appealId, String reviewerId, DecideAppealRequest request) {
        Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null) {
            throw ProblemException.notFound("Appeal " + appealId);
        }
        if (appeal.status != AppealStatus.OPEN) {
            throw new ProblemException(Problem.of(409, "Conflict", "appeal-closed", "Appeal " + appealId
                    + " was already decided: " + appeal.status + " by " + appeal.reviewerId + " at "
                    + appeal.decidedAt));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AppealTargets.Target target = targets.of(appeal);
        List<AppealDecided.RuleVersion> rules = targets.rulesOf(target.decisions());

        appeal.status = request.outcome().status();
        appeal.decidedAt = now;
        appeal.reviewerId = reviewerId;
        appeal.decisionReason = request.reason();
        if (request.outcome() == AppealOutcome.OVERTURNED) {
            appeal.overturn = compensation.overturn(appeal, target.decisions(), now);
        }
        for (AppealDecided.RuleVersion rule : rules) {
            em.createNativeQuery("""
                    insert into rule_appeal_outcome (rule_id, rule_version, appeal_id, outcome, decided_at)
                    values (?1, ?2, ?3, ?4, ?5)
                    """)
                    .setParameter(1, rule.ruleId())
                    .setParameter(2, rule.ruleVersion())
                    .setParameter(3, appeal.id)
                    .setParameter(4, request.outcome().name())
                    .setParameter(5, now)
                    .executeUpdate();
        }
        outbox.publish(AppealDecided.NAME, appeal.merchantId, new AppealDecided(appeal.id, appeal.merchantId,
                appeal.targetType, appeal.targetId, request.outcome(), reviewerId, request.reason(), rules,
                appeal.filedAt, now, appeal.overturn));
        return AppealView.of(appeal, now);
    }
}
