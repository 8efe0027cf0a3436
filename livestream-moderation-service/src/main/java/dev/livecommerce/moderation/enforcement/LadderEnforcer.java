package dev.livecommerce.moderation.enforcement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.moderation.events.HostBanned;
import dev.livecommerce.moderation.events.LivestreamCut;
import dev.livecommerce.moderation.events.LivestreamThrottled;
import dev.livecommerce.moderation.events.LivestreamWarningIssued;
import dev.livecommerce.moderation.events.StrikeRef;
import dev.livecommerce.moderation.ladder.BanRule;
import dev.livecommerce.moderation.ladder.LadderStep;
import dev.livecommerce.moderation.ladder.RoomLadder;
import dev.livecommerce.moderation.ladder.StrikeWeights;
import dev.livecommerce.moderation.room.Room;
import dev.livecommerce.moderation.room.RoomDirectoryCache;
import dev.livecommerce.moderation.violation.DetectedViolation;

/**
 * Counts a segment's host-speech violations as strikes and moves the room up its ladder: warning, throttle, cut,
 * and a ban of the host at enough cuts. The caller holds the room's row lock, so the step is taken once.
 */
@ApplicationScoped
public class LadderEnforcer {

    private final RoomLadder ladder;
    private final BanRule banRule;
    private final StrikeWeights weights;
    private final int throttleTrafficPercent;
    private final Outbox outbox;
    private final ModerationMetrics metrics;
    private final RoomDirectoryCache directory;

    LadderEnforcer(LadderConfig config, Outbox outbox, ModerationMetrics metrics, RoomDirectoryCache directory) {
        this.ladder = config.ladder();
        this.banRule = config.banRule();
        this.weights = config.weights();
        this.throttleTrafficPercent = config.throttleTrafficPercent();
        this.outbox = outbox;
        this.metrics = metrics;
        this.directory = directory;
    }

    /** Adds the strikes of one segment to a room whose row the caller has locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void strike(Room room, List<DetectedViolation> segment) {
        if (!room.isLive()) {
            // Speech still in flight when the session ended or was cut is recorded, but no longer on the ladder.
            return;
        }
        List<StrikeRef> added = segment.stream().map(v -> persistStrike(room, v)).toList();
        OffsetDateTime at = segment.stream().map(v -> v.detectedAt().atOffset(ZoneOffset.UTC))
                .max(Comparator.naturalOrder()).orElseThrow();
        OffsetDateTime roomFrom = at.minus(ladder.roomWindow());
        OffsetDateTime hostFrom = at.minus(ladder.hostWindow());
        StrikeRecord.Counted counted = StrikeRecord.ofRoomAndHost(room.roomId, room.hostId,
                roomFrom.isBefore(hostFrom) ? roomFrom : hostFrom);
        // Strikes come back from PostgreSQL at microseconds, rounded half up: count up to `at` rounded the same way.
        Instant upTo = at.toInstant().plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        int roomPoints = RoomLadder.activePoints(counted.ofRoom(), upTo, ladder.roomWindow());
        int hostPoints = RoomLadder.activePoints(counted.ofHost(), upTo, ladder.hostWindow());
        LadderStep next = ladder.next(room.ladderStep, roomPoints, hostPoints);
        if (next == room.ladderStep) {
            return;
        }
        room.ladderStep = next;
        room.touch();
        switch (next) {
            case WARNED -> warn(room, roomPoints, hostPoints, added, at);
            case THROTTLED -> throttle(room, roomPoints, hostPoints, added, at);
            case CUT -> cut(room, roomPoints, hostPoints, added, StrikeRecord.activeInRoom(room.roomId, roomFrom), at);
            case NONE -> throw new IllegalStateException("the ladder never climbs to NONE");
        }
    }

    private StrikeRef persistStrike(Room room, DetectedViolation v) {
        StrikeRecord strike = new StrikeRecord();
        strike.violationId = v.violationId();
        strike.roomId = room.roomId;
        strike.hostId = room.hostId;
        strike.ruleId = v.ruleId();
        strike.ruleVersion = v.ruleVersion();
        strike.severity = v.severity();
        strike.points = weights.pointsOf(v.severity());
        strike.struckAt = v.detectedAt().atOffset(ZoneOffset.UTC);
        strike.persist();
        return new StrikeRef(v.violationId(), v.segmentId(), v.ruleId(), v.ruleVersion(), v.severity(),
                strike.points);
    }

    private void warn(Room room, int roomPoints, int hostPoints, List<StrikeRef> added, OffsetDateTime at) {
        Penalty warning = roomStep(PenaltyKind.WARNING, room, at);
        StrikeRef first = added.get(0);
        String message = "Warning: rule " + first.ruleId() + " (version " + first.ruleVersion() + ") was broken. "
                + "Further violations throttle this stream's traffic and then cut it.";
        outbox.publish(LivestreamWarningIssued.NAME, room.roomId, new LivestreamWarningIssued(warning.penaltyId,
                room.roomId, room.merchantId, room.hostId, message, roomPoints, hostPoints, added, at));
        metrics.countAfterCommit(PenaltyKind.WARNING);
    }

    private void throttle(Room room, int roomPoints, int hostPoints, List<StrikeRef> added, OffsetDateTime at) {
        Penalty throttle = roomStep(PenaltyKind.THROTTLE, room, at);
        outbox.publish(LivestreamThrottled.NAME, room.roomId, new LivestreamThrottled(throttle.penaltyId,
                room.roomId, room.merchantId, room.hostId, throttleTrafficPercent, roomPoints, hostPoints, added,
                at));
        metrics.countAfterCommit(PenaltyKind.THROTTLE);
    }

    private void cut(Room room, int roomPoints, int hostPoints, List<StrikeRef> added,
            List<StrikeRecord> counted, OffsetDateTime at) {
        Penalty cut = roomStep(PenaltyKind.CUT, room, at);
        counted.forEach(s -> PenaltyStrike.of(cut.penaltyId, s.violationId).persist());
        room.cut(at);
        directory.putAfterCommit(room.toLiveRoom());
        HostRecord host = HostRecord.lock(room.hostId);
        List<Penalty> cuts = Penalty.cutsInForce(room.hostId, banRule.windowStart(at.toInstant())
                .atOffset(ZoneOffset.UTC));
        outbox.publish(LivestreamCut.NAME, room.roomId, new LivestreamCut(cut.penaltyId, room.roomId,
                room.merchantId, room.hostId, roomPoints, hostPoints, cuts.size(), added, at));
        metrics.countAfterCommit(PenaltyKind.CUT);
        if (host.bannedBy == null && banRule.bans(cuts.size())) {
            ban(host, cuts, at);
        }
    }

    private void ban(HostRecord host, List<Penalty> cuts, OffsetDateTime at) {
        List<String> merchants = cuts.stream().flatMap(c -> c.merchantIds.stream()).distinct().toList();
        Penalty ban = Penalty.of(PenaltyKind.BAN, host.hostId, null, null, merchants, at);
        ban.persist();
        cuts.forEach(c -> c.banId = ban.penaltyId);
        host.bannedBy = ban.penaltyId;
        List<HostBanned.CutRef> refs = cuts.stream()
                .map(c -> new HostBanned.CutRef(c.penaltyId, c.roomId, c.merchantIds.get(0), c.imposedAt)).toList();
        outbox.publish(HostBanned.NAME, host.hostId, new HostBanned(ban.penaltyId, host.hostId, merchants, refs,
                (int) banRule.window().toDays(), at));
        metrics.countAfterCommit(PenaltyKind.BAN);
    }

    private static Penalty roomStep(PenaltyKind kind, Room room, OffsetDateTime at) {
        Penalty penalty = Penalty.of(kind, room.hostId, room.roomId, room.sessionNo, List.of(room.merchantId), at);
        penalty.persist();
        return penalty;
    }
}
