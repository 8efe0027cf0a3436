package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.moderation.enforcement.LadderConfig;
import dev.livecommerce.moderation.enforcement.Penalty;
import dev.livecommerce.moderation.events.LivestreamAppealDecided;
import dev.livecommerce.moderation.events.LivestreamAppealFiled;
import dev.livecommerce.moderation.ladder.AppealPolicy;
import dev.livecommerce.moderation.ladder.AppealPolicy.AppellantKind;

/** Files appeals of cuts and bans and decides them; an overturn is compensated in the same transaction. */
@ApplicationScoped
public class AppealService {

    private final AppealPolicy policy;
    private final Outbox outbox;
    private final Overturn overturn;

    AppealService(LadderConfig config, Outbox outbox, Overturn overturn) {
        this.policy = config.appealPolicy();
        this.outbox = outbox;
        this.overturn = overturn;
    }

    @Transactional
    public LivestreamAppeal file(AppellantKind kind, String appellantId, FileAppealRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Penalty penalty = Penalty.<Penalty>findByIdOptional(request.penaltyId())
                .filter(p -> p.kind.appealable())
                .filter(p -> policy.mayAppeal(kind, appellantId, p.hostId, p.merchantIds))
                .orElseThrow(() -> ProblemException.notFound("Cut or ban " + request.penaltyId()));
        if (!penalty.inForce()) {
            throw problem(Response.Status.CONFLICT, "penalty-lifted", "Penalty " + penalty.penaltyId
                    + " was already lifted at " + penalty.liftedAt);
        }
        LivestreamAppeal existing = LivestreamAppeal.find("penaltyId", penalty.penaltyId).firstResult();
        if (existing != null) {
            throw problem(Response.Status.CONFLICT, "appeal-exists", "Penalty " + penalty.penaltyId
                    + " already has appeal " + existing.appealId + " (" + existing.status + ")");
        }
        if (!policy.windowOpen(penalty.imposedAt.toInstant(), now.toInstant())) {
            throw problem(422, "appeal-window-closed", "The appeal window of " + policy.filingWindow().toDays()
                    + " days after " + penalty.imposedAt + " has closed");
        }
        LivestreamAppeal appeal = new LivestreamAppeal();
        appeal.appealId = UUID.randomUUID();
        appeal.penaltyId = penalty.penaltyId;
        appeal.penaltyKind = penalty.kind;
        appeal.hostId = penalty.hostId;
        appeal.roomId = penalty.roomId;
        appeal.appellantKind = kind;
        appeal.appellantId = appellantId;
        appeal.statement = request.statement();
        appeal.evidence = request.evidence() == null
                ? List.of()
                : request.evidence().stream().map(e -> new LivestreamAppealFiled.Evidence(e.url(), e.note()))
                        .toList();
        appeal.status = AppealStatus.OPEN;
        appeal.filedAt = now;
        appeal.decisionDueAt = policy.decisionDueAt(now.toInstant()).atOffset(ZoneOffset.UTC);
        appeal.persist();
        outbox.publish(LivestreamAppealFiled.NAME, appeal.hostId, new LivestreamAppealFiled(appeal.appealId,
                appeal.penaltyId, appeal.penaltyKind.name(), appeal.hostId, appeal.roomId, kind.name(), appellantId,
                appeal.statement, appeal.evidence, now, appeal.decisionDueAt));
        return appeal;
    }

    @Transactional
    public LivestreamAppeal decide(UUID appealId, String reviewerId, DecideAppealRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LivestreamAppeal appeal = LivestreamAppeal.<LivestreamAppeal>findByIdOptional(appealId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Appeal " + appealId));
        if (appeal.status != AppealStatus.OPEN) {
            throw problem(Response.Status.CONFLICT, "appeal-closed", "Appeal " + appealId + " was already decided: "
                    + appeal.status);
        }
        appeal.status = AppealStatus.valueOf(request.outcome());
        appeal.decidedAt = now;
        appeal.reviewerId = reviewerId;
        appeal.decisionReason = request.reason();
        outbox.publish(LivestreamAppealDecided.NAME, appeal.hostId, new LivestreamAppealDecided(appealId,
                appeal.penaltyId, appeal.penaltyKind.name(), appeal.hostId, request.outcome(), request.reason(),
                reviewerId, now, policy.overdue(appeal.decisionDueAt.toInstant(), now.toInstant())));
        if (appeal.status == AppealStatus.OVERTURNED) {
            overturn.compensate(appeal, now);
        }
        return appeal;
    }

    private static ProblemException problem(Response.Status status, String slug, String detail) {
        return new ProblemException(Problem.of(status, slug, detail));
    }

    private static ProblemException problem(int status, String slug, String detail) {
        return new ProblemException(Problem.of(status, "Unprocessable Content", slug, detail));
    }
}
