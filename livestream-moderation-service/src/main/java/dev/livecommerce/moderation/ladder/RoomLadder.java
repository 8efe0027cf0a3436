package dev.livecommerce.moderation.ladder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The escalation ladder: a room climbs by its own unexpired strikes (the room window) or by its host's unexpired
 * strikes across all rooms (the host window), whichever is further, but the first step is always a warning, so a
 * host is told before any penalty. Strikes older than their window stop counting (decay).
 */
public record RoomLadder(StepThresholds room, Duration roomWindow, StepThresholds host, Duration hostWindow) {

    public RoomLadder {
        if (roomWindow.isNegative() || roomWindow.isZero() || hostWindow.isNegative() || hostWindow.isZero()) {
            throw new IllegalArgumentException("decay windows must be positive");
        }
    }

    /** Points of the strikes that still count at {@code at}: struck within the window before it. */
    public static int activePoints(Collection<Strike> strikes, Instant at, Duration window) {
        Instant from = at.minus(window);
        return strikes.stream().filter(s -> s.struckAt().isAfter(from) && !s.struckAt().isAfter(at))
                .mapToInt(Strike::points).sum();
    }

    public Instant roomWindowStart(Instant at) {
        return at.minus(roomWindow);
    }

    public Instant hostWindowStart(Instant at) {
        return at.minus(hostWindow);
    }

    /** The step after new strikes; never lower than the current one, never a penalty before a warning. */
    public LadderStep next(LadderStep current, int roomPoints, int hostPoints) {
        if (current == LadderStep.CUT) {
            return current;
        }
        LadderStep byRoom = room.stepFor(roomPoints);
        LadderStep byHost = host.stepFor(hostPoints);
        LadderStep target = byRoom.isAbove(byHost) ? byRoom : byHost;
        if (!target.isAbove(current)) {
            return current;
        }
        return current == LadderStep.NONE ? LadderStep.WARNED : target;
    }
}
