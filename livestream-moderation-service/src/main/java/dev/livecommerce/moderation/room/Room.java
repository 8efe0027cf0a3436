package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.moderation.ladder.LadderStep;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A livestream room: its current (or last) session, and where that session stands on the ladder. */
@Entity
@Table(name = "live_room")
public class Room extends PanacheEntityBase {

    @Id
    @Column(name = "room_id")
    public String roomId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> categories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoomState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "ladder_step", nullable = false)
    public LadderStep ladderStep;

    @Column(name = "session_no", nullable = false)
    public int sessionNo;

    @Column(name = "started_at", nullable = false)
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "last_boost_at")
    public OffsetDateTime lastBoostAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The room's row, locked until the transaction ends: the arbiter between instances acting on it. */
    public static Optional<Room> lock(String roomId) {
        return Optional.ofNullable(getEntityManager().find(Room.class, roomId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Opens a new session of this room id, with a fresh ladder. */
    void startSession(String merchantId, String hostId, List<String> categories, OffsetDateTime startedAt) {
        this.merchantId = merchantId;
        this.hostId = hostId;
        this.categories = List.copyOf(new LinkedHashSet<>(categories));
        this.state = RoomState.LIVE;
        this.ladderStep = LadderStep.NONE;
        this.sessionNo++;
        this.startedAt = startedAt;
        this.endedAt = null;
        this.endReason = null;
        this.lastBoostAt = null;
        touch();
    }

    void end(OffsetDateTime endedAt, String reason) {
        this.state = RoomState.ENDED;
        this.endedAt = endedAt;
        this.endReason = reason;
        touch();
    }

    public void cut(OffsetDateTime cutAt) {
        this.state = RoomState.CUT;
        this.ladderStep = LadderStep.CUT;
        this.endedAt = cutAt;
        this.endReason = "CUT";
        touch();
    }

    /** An overturned cut: the session stays over, but the room id may start again. */
    public void liftCut() {
        if (state == RoomState.CUT) {
            this.state = RoomState.ENDED;
            this.endReason = "CUT_LIFTED";
            touch();
        }
    }

    public void touch() {
        this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean isLive() {
        return state == RoomState.LIVE;
    }

    public LiveRoom toLiveRoom() {
        return new LiveRoom(roomId, merchantId, hostId, new LinkedHashSet<>(categories), state,
                startedAt.toInstant());
    }
}
