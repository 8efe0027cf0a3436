package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.moderation.enforcement.HostRecord;
import dev.livecommerce.moderation.events.LivestreamEnded;
import dev.livecommerce.moderation.events.LivestreamStarted;
import dev.livecommerce.moderation.ladder.LadderStep;

/**
 * Starts and ends sessions, from the API (which publishes livestream-started / livestream-ended) or from those
 * events when the live system publishes them itself (applied once, never republished). A banned host starts nothing.
 */
@ApplicationScoped
public class RoomService {

    private static final Logger LOG = Logger.getLogger(RoomService.class);
    static final String DEFAULT_END_REASON = "HOST_ENDED";

    private final Outbox outbox;
    private final RoomDirectoryCache directory;

    RoomService(Outbox outbox, RoomDirectoryCache directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    /** Whether the start created a session or found the same one live (a retry). */
    public record Started(Room room, boolean created) {
    }

    @Transactional
    public Started start(StartRoomRequest request) {
        OffsetDateTime startedAt = request.startedAt() == null
                ? OffsetDateTime.now(ZoneOffset.UTC)
                : request.startedAt();
        if (HostRecord.isBanned(request.hostId())) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "host-banned", "Host "
                    + request.hostId() + " is banned from hosting; a ban is lifted only by an overturned appeal"));
        }
        Room room = lockOrInsert(request.roomId());
        if (room.sessionNo > 0 && room.isLive()) {
            if (room.hostId.equals(request.hostId()) && room.merchantId.equals(request.merchantId())) {
                return new Started(room, false);
            }
            throw conflict("room-live", "Room " + room.roomId + " is live with host " + room.hostId
                    + " for merchant " + room.merchantId);
        }
        if (room.state == RoomState.CUT) {
            throw conflict("room-cut", "Room " + room.roomId + " was cut at " + room.endedAt
                    + "; it may start again only after an overturned appeal");
        }
        room.startSession(request.merchantId(), request.hostId(), request.categories(), startedAt);
        outbox.publish(LivestreamStarted.NAME, room.roomId, new LivestreamStarted(room.roomId, room.merchantId,
                room.hostId, room.categories, startedAt));
        directory.putAfterCommit(room.toLiveRoom());
        return new Started(room, true);
    }

    @Transactional
    public Room end(String roomId, EndRoomRequest request) {
        Room room = Room.lock(roomId).orElseThrow(() -> ProblemException.notFound("Room " + roomId));
        if (!room.isLive()) {
            return room;
        }
        String reason = request == null || request.reason() == null ? DEFAULT_END_REASON : request.reason();
        OffsetDateTime endedAt = request == null || request.endedAt() == null
                ? OffsetDateTime.now(ZoneOffset.UTC)
                : request.endedAt();
        room.end(endedAt, reason);
        outbox.publish(LivestreamEnded.NAME, room.roomId, new LivestreamEnded(room.roomId, room.merchantId,
                room.hostId, endedAt, reason));
        directory.putAfterCommit(room.toLiveRoom());
        return room;
    }

    /** A start the live system published: opens the session unless it is already known or older than the room's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyStarted(LivestreamStarted started) {
        if (HostRecord.isBanned(started.hostId())) {
            LOG.warnf("Ignored livestream-started of room %s: host %s is banned", started.roomId(), started.hostId());
            return;
        }
        Room room = lockOrInsert(started.roomId());
        if (room.sessionNo > 0 && (room.isLive() || room.state == RoomState.CUT
                || !room.startedAt.isBefore(started.startedAt()))) {
            return;
        }
        room.startSession(started.merchantId(), started.hostId(), started.categories(), started.startedAt());
        directory.putAfterCommit(room.toLiveRoom());
    }

    /**
     * An end the live system published. An end that overtakes its start (they are different topics) leaves an ended
     * room behind, so the late start is recognised as older and ignored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEnded(LivestreamEnded ended) {
        Room room = lockOrInsert(ended.roomId());
        if (room.sessionNo == 0) {
            room.startSession(ended.merchantId(), ended.hostId(), List.of(), ended.endedAt());
        } else if (!room.isLive() || room.startedAt.isAfter(ended.endedAt())) {
            return;
        }
        room.end(ended.endedAt(), ended.reason());
        directory.putAfterCommit(room.toLiveRoom());
    }

    /** The room's row locked, inserted first as an empty placeholder (session 0) when the id is new. */
    private static Room lockOrInsert(String roomId) {
        Room.getEntityManager().createNativeQuery("insert into live_room (room_id, merchant_id, host_id, categories,"
                + " state, ladder_step, session_no, started_at, updated_at) values (?1, '', '', '[]', ?2, ?3, 0, now(),"
                + " now()) on conflict do nothing")
                .setParameter(1, roomId).setParameter(2, RoomState.ENDED.name())
                .setParameter(3, LadderStep.NONE.name()).executeUpdate();
        return Room.lock(roomId).orElseThrow();
    }

    private static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, slug, detail));
    }
}
