package dev.livecommerce.moderation.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A ladder step taken against a room (warning, throttle, cut) or a host (ban). */
@Entity
@Table(name = "penalty")
public class Penalty extends PanacheEntityBase {

    @Id
    @Column(name = "penalty_id")
    public UUID penaltyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyKind kind;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    /** The room of a warning, throttle or cut; null for a ban. */
    @Column(name = "room_id")
    public String roomId;

    @Column(name = "session_no")
    public Integer sessionNo;

    /** The merchants responsible: the room's for a room step, those of every counted cut for a ban. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "merchant_ids", nullable = false)
    public List<String> merchantIds;

    @Column(name = "imposed_at", nullable = false)
    public OffsetDateTime imposedAt;

    /** The ban that counted this cut. */
    @Column(name = "ban_id")
    public UUID banId;

    @Column(name = "lifted_at")
    public OffsetDateTime liftedAt;

    /** The overturned appeal that lifted it. */
    @Column(name = "lifted_by")
    public UUID liftedBy;

    static Penalty of(PenaltyKind kind, String hostId, String roomId, Integer sessionNo, List<String> merchantIds,
            OffsetDateTime at) {
        Penalty penalty = new Penalty();
        penalty.penaltyId = UUID.randomUUID();
        penalty.kind = kind;
        penalty.hostId = hostId;
        penalty.roomId = roomId;
        penalty.sessionNo = sessionNo;
        penalty.merchantIds = List.copyOf(merchantIds);
        penalty.imposedAt = at;
        return penalty;
    }

    public boolean inForce() {
        return liftedAt == null;
    }

    public void lift(UUID appealId, OffsetDateTime at) {
        liftedAt = at;
        liftedBy = appealId;
    }

    /** The cuts of a host still in force since {@code from}, oldest first. */
    public static List<Penalty> cutsInForce(String hostId, OffsetDateTime from) {
        return list("hostId = ?1 and kind = ?2 and liftedAt is null and imposedAt > ?3 order by imposedAt",
                hostId, PenaltyKind.CUT, from);
    }

    public static List<Penalty> cutsCountedBy(UUID banId) {
        return list("banId = ?1 and kind = ?2 order by imposedAt", banId, PenaltyKind.CUT);
    }
}
