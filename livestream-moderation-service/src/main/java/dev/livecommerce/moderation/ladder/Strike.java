package dev.livecommerce.moderation.ladder;

import java.time.Instant;

/** One counted host-speech violation: its weight and when it happened. */
public record Strike(int points, Instant struckAt) {
}
