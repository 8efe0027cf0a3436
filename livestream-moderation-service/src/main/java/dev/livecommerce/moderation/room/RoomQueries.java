package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.moderation.Sql;
import dev.livecommerce.moderation.enforcement.LadderConfig;

/** Reads a room's state and history for operators; every list is bounded by historyLimit. */
@ApplicationScoped
public class RoomQueries {

    private final EntityManager em;
    private final LadderConfig config;

    RoomQueries(EntityManager em, LadderConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public RoomView view(String roomId, int historyLimit) {
        Room room = Room.<Room>findByIdOptional(roomId).filter(r -> r.sessionNo > 0)
                .orElseThrow(() -> ProblemException.notFound("Room " + roomId));
        OffsetDateTime windowStart = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(config.room().windowMinutes());
        Number active = (Number) em.createNativeQuery("select coalesce(sum(points), 0) from strike where room_id = ?1"
                + " and voided_by is null and struck_at > ?2").setParameter(1, roomId).setParameter(2, windowStart)
                .getSingleResult();
        List<RoomView.ViolationEntry> violations = Sql
                .tuples(em.createNativeQuery("select v.violation_id, v.segment_id,"
                        + " v.channel, v.speaker_id, v.rule_id, v.rule_version, v.type, v.severity, v.span_start, v.span_end,"
                        + " v.matched_text, v.stream_offset_ms, v.detected_at, s.voided_by is not null as voided"
                        + " from room_violation v left join strike s on s.violation_id = v.violation_id where v.room_id = ?1"
                        + " order by v.detected_at desc limit ?2", Tuple.class)
                        .setParameter(1, roomId).setParameter(2, historyLimit))
                .stream()
                .map(t -> new RoomView.ViolationEntry(t.get(0, UUID.class), t.get(1, String.class),
                        t.get(2, String.class), t.get(3, String.class), t.get(4, String.class),
                        t.get(5, Integer.class), t.get(6, String.class), t.get(7, String.class),
                        t.get(8, Integer.class), t.get(9, Integer.class), t.get(10, String.class),
                        t.get(11, Long.class), Sql.utc(t.get(12)), t.get(13, Boolean.class)))
                .toList();
        List<RoomView.StepEntry> steps = Sql
                .tuples(em.createNativeQuery("select penalty_id, kind, session_no, imposed_at,"
                        + " lifted_at, lifted_by from penalty where room_id = ?1 order by imposed_at desc limit ?2",
                        Tuple.class).setParameter(1, roomId).setParameter(2, historyLimit))
                .stream()
                .map(t -> new RoomView.StepEntry(t.get(0, UUID.class), t.get(1, String.class),
                        t.get(2, Integer.class), Sql.utc(t.get(3)), Sql.utc(t.get(4)),
                        t.get(5, UUID.class)))
                .toList();
        List<RoomView.BoostEntry> boosts = Sql.tuples(em.createNativeQuery("select boost_id, clean_since, granted_at"
                + " from traffic_boost where room_id = ?1 order by granted_at desc limit ?2", Tuple.class)
                .setParameter(1, roomId).setParameter(2, historyLimit)).stream()
                .map(t -> new RoomView.BoostEntry(t.get(0, UUID.class), Sql.utc(t.get(1)),
                        Sql.utc(t.get(2))))
                .toList();
        return new RoomView(room.roomId, room.merchantId, room.hostId, room.categories, room.state, room.ladderStep,
                room.sessionNo, room.startedAt, room.endedAt, room.endReason, active.intValue(), violations, steps,
                boosts);
    }
}
