package dev.livecommerce.moderation.violation;

import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/** Stores a violation once: the violation id is the idempotency key of everything it causes. */
@ApplicationScoped
class ViolationStore {

    private final EntityManager em;

    ViolationStore(EntityManager em) {
        this.em = em;
    }

    /** Inserts the violation unless it is known; true when this call stored it. */
    boolean insertIfAbsent(DetectedViolation v) {
        return em.createNativeQuery("insert into room_violation (violation_id, room_id, segment_id, channel,"
                + " speaker_id, rule_id, rule_version, type, severity, span_start, span_end, matched_text,"
                + " stream_offset_ms, detected_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
                + " on conflict (violation_id) do nothing")
                .setParameter(1, v.violationId()).setParameter(2, v.roomId()).setParameter(3, v.segmentId())
                .setParameter(4, v.channel().name()).setParameter(5, v.speakerId()).setParameter(6, v.ruleId())
                .setParameter(7, v.ruleVersion()).setParameter(8, v.type().name()).setParameter(9, v.severity())
                .setParameter(10, v.start()).setParameter(11, v.end()).setParameter(12, v.matchedText())
                .setParameter(13, v.streamOffsetMs()).setParameter(14, v.detectedAt().atOffset(ZoneOffset.UTC))
                // Only this table: no flush of the transaction's other pending changes before each insert.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("room_violation").executeUpdate() == 1;
    }
}
