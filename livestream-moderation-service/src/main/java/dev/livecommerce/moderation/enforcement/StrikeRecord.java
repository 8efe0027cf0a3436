package dev.livecommerce.moderation.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
}
