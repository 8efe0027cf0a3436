package dev.livecommerce.moderation.violation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.moderation.enforcement.LadderConfig;
import dev.livecommerce.moderation.enforcement.ModerationMetrics;
import dev.livecommerce.moderation.events.ChatMessageHidden;
import dev.livecommerce.moderation.room.Room;

/**
 * A viewer's violating chat message is hidden and the viewer muted in the room; the host's ladder is not touched,
 * since a viewer's spam is not the host's speech.
 */
@ApplicationScoped
class ChatEnforcer {

    private final EntityManager em;
    private final Outbox outbox;
    private final ModerationMetrics metrics;
    private final int muteMinutes;

    ChatEnforcer(EntityManager em, Outbox outbox, ModerationMetrics metrics, LadderConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.metrics = metrics;
        this.muteMinutes = config.chatMuteMinutes();
    }

    /** Hides one message (its new violations) once; a message hidden before is not announced again. */
    void hide(Room room, List<DetectedViolation> message) {
        DetectedViolation first = message.get(0);
        OffsetDateTime hiddenAt = message.stream().map(v -> v.detectedAt().atOffset(ZoneOffset.UTC))
                .max(Comparator.naturalOrder()).orElseThrow();
        OffsetDateTime mutedUntil = hiddenAt.plusMinutes(muteMinutes);
        int inserted = em.createNativeQuery("insert into hidden_message (room_id, message_id, viewer_id, hidden_at,"
                + " muted_until) values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, room.roomId).setParameter(2, first.segmentId()).setParameter(3, first.speakerId())
                .setParameter(4, hiddenAt).setParameter(5, mutedUntil)
                // Only this table: no flush of the transaction's other pending changes before each insert.
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("hidden_message").executeUpdate();
        if (inserted == 0) {
            return;
        }
        List<ChatMessageHidden.ChatViolation> violations = message.stream()
                .map(v -> new ChatMessageHidden.ChatViolation(v.violationId(), v.ruleId(), v.ruleVersion(),
                        v.type().name()))
                .toList();
        outbox.publish(ChatMessageHidden.NAME, room.roomId, new ChatMessageHidden(room.roomId, room.merchantId,
                first.segmentId(), first.speakerId(), violations, mutedUntil, hiddenAt));
        metrics.chatHiddenAfterCommit();
    }
}
