package dev.livecommerce.moderation.ladder;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The good-content rule: a live room whose last strike, start and previous boost all lie a whole clean window back
 * earns a traffic boost, so a room is boosted at most once per window.
 */
public record CleanStreak(Duration window) {

    public CleanStreak {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the clean window must be positive");
        }
    }

    /** When the clean stretch began: the latest of the start, the last strike and the last boost. */
    public static Instant cleanSince(Instant startedAt, Instant lastStrikeAt, Instant lastBoostAt) {
        return Stream.of(startedAt, lastStrikeAt, lastBoostAt).filter(t -> t != null).max(Instant::compareTo)
                .orElseThrow();
    }

    /** The start of the clean stretch if the room earns a boost at {@code now}. */
    public Optional<Instant> earned(Instant startedAt, Instant lastStrikeAt, Instant lastBoostAt, Instant now) {
        Instant since = cleanSince(startedAt, lastStrikeAt, lastBoostAt);
        return since.plus(window).isAfter(now) ? Optional.empty() : Optional.of(since);
    }

    public Instant latestCleanStart(Instant now) {
        return now.minus(window);
    }
}
