package dev.livecommerce.moderation.boost;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.moderation.Sql;
import dev.livecommerce.moderation.enforcement.LadderConfig;
import dev.livecommerce.moderation.enforcement.ModerationMetrics;
import dev.livecommerce.moderation.events.TrafficBoostGranted;
import dev.livecommerce.moderation.ladder.CleanStreak;
import dev.livecommerce.moderation.room.Room;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Grants traffic-boost-granted to live rooms with no strike over the clean window, in bounded batches of one
 * transaction each. Candidate rows are locked with SKIP LOCKED, so two instances never grant the same room and a
 * room busy with a violation batch is simply checked on the next run.
 */
@ApplicationScoped
public class TrafficBoostJob {

    private final EntityManager em;
    private final Outbox outbox;
    private final ModerationMetrics metrics;
    private final CleanStreak streak;
    private final LadderConfig.Boost limits;

    TrafficBoostJob(EntityManager em, Outbox outbox, ModerationMetrics metrics, LadderConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.metrics = metrics;
        this.streak = config.cleanStreak();
        this.limits = config.boost();
    }

    @Scheduled(every = "${moderation.ladder.boost.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (int batch = 0; batch < limits.batchesPerRunMax(); batch++) {
            if (grantBatch(Instant.now()) < limits.batchSizeMax()) {
                return;
            }
        }
    }

    /** Checks one batch of candidate rooms; returns how many were checked. */
    public int grantBatch(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime cleanFrom = streak.latestCleanStart(now).atOffset(ZoneOffset.UTC);
            List<Tuple> candidates = Sql.tuples(em.createNativeQuery(
                    // The last strike per room is one backward index probe (lateral): an anti-join over the
                    // strikes, which the planner picks on stale statistics, grows with rooms times strikes.
                    "select r.room_id, last.struck_at from live_room r cross join lateral (select max(s.struck_at)"
                            + " as struck_at from strike s where s.room_id = r.room_id and s.voided_by is null"
                            + " and s.struck_at >= r.started_at) last"
                            + " where r.state = 'LIVE' and r.started_at <= ?1"
                            + " and (r.last_boost_at is null or r.last_boost_at <= ?1)"
                            + " and (last.struck_at is null or last.struck_at <= ?1)"
                            + " order by coalesce(r.last_boost_at, r.started_at) limit ?2 for update of r skip locked",
                    Tuple.class).setParameter(1, cleanFrom).setParameter(2, limits.batchSizeMax()));
            for (Tuple candidate : candidates) {
                Room room = Room.findById(candidate.get(0, String.class));
                OffsetDateTime lastStrikeAt = Sql.utc(candidate.get(1));
                Instant lastStrike = lastStrikeAt == null ? null : lastStrikeAt.toInstant();
                streak.earned(room.startedAt.toInstant(), lastStrike,
                        room.lastBoostAt == null ? null : room.lastBoostAt.toInstant(), now)
                        .ifPresent(since -> grant(room, since, now));
            }
            return candidates.size();
        });
    }

    private void grant(Room room, Instant cleanSince, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        UUID boostId = UUID.randomUUID();
        room.lastBoostAt = at;
        em.createNativeQuery("insert into traffic_boost (boost_id, room_id, clean_since, granted_at)"
                + " values (?1, ?2, ?3, ?4)").setParameter(1, boostId).setParameter(2, room.roomId)
                .setParameter(3, cleanSince.atOffset(ZoneOffset.UTC)).setParameter(4, at).executeUpdate();
        outbox.publish(TrafficBoostGranted.NAME, room.roomId, new TrafficBoostGranted(boostId, room.roomId,
                room.merchantId, room.hostId, cleanSince.atOffset(ZoneOffset.UTC),
                (int) streak.window().toMinutes(), at));
        metrics.boostAfterCommit();
    }
}
