package dev.livecommerce.moderation.enforcement;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.query.NativeQuery;

import dev.livecommerce.moderation.Sql;
import dev.livecommerce.moderation.ladder.Strike;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A host-speech violation counted on the ladder of its room and its host. */
@Entity
@Table(name = "strike")
public class StrikeRecord extends PanacheEntityBase {

    @Id
    @Column(name = "violation_id")
    public UUID violationId;

    @Column(name = "room_id", nullable = false)
    public String roomId;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public int points;

    @Column(name = "struck_at", nullable = false)
    public OffsetDateTime struckAt;

    /** The overturned appeal that removed this strike; null while it counts. */
    @Column(name = "voided_by")
    public UUID voidedBy;

    public Strike toStrike() {
        return new Strike(points, struckAt.toInstant());
    }

    public static List<StrikeRecord> activeInRoom(String roomId, OffsetDateTime from) {
        return list("roomId = ?1 and voidedBy is null and struckAt > ?2", roomId, from);
    }

    public static List<StrikeRecord> activeOfHost(String hostId, OffsetDateTime from) {
        return list("hostId = ?1 and voidedBy is null and struckAt > ?2", hostId, from);
    }

    /** The unvoided strikes of a room and of its host since {@code from}, as values for the ladder. */
    public record Counted(List<Strike> ofRoom, List<Strike> ofHost) {
    }

    /**
     * One query, read as plain values: loading the strikes as entities would make every later flush of a recording
     * transaction check them all. The strikes this transaction persisted are flushed first (the query space).
     */
    @SuppressWarnings("unchecked")
    public static Counted ofRoomAndHost(String roomId, String hostId, OffsetDateTime from) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select room_id, host_id, points, struck_at"
                + " from strike where (room_id = ?1 or host_id = ?2) and voided_by is null and struck_at > ?3")
                .setParameter(1, roomId).setParameter(2, hostId).setParameter(3, from)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("strike").getResultList();
        List<Strike> ofRoom = new ArrayList<>();
        List<Strike> ofHost = new ArrayList<>();
        for (Object[] row : rows) {
            Strike strike = new Strike(((Number) row[2]).intValue(), Sql.utc(row[3]).toInstant());
            if (roomId.equals(row[0])) {
                ofRoom.add(strike);
            }
            if (hostId.equals(row[1])) {
                ofHost.add(strike);
            }
        }
        return new Counted(ofRoom, ofHost);
    }
}
