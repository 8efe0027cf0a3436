package dev.livecommerce.moderation.ladder;

import java.time.Duration;
import java.time.Instant;

/** A host cut {@code cutsToBan} times across rooms within the window is banned from hosting. */
public record BanRule(int cutsToBan, Duration window) {

    public BanRule {
        if (cutsToBan < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a ban needs >= 1 cut within a positive window");
        }
    }

    public Instant windowStart(Instant at) {
        return at.minus(window);
    }

    public boolean bans(int cutsInWindow) {
        return cutsInWindow >= cutsToBan;
    }
}
