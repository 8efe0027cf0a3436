package dev.livecommerce.moderation.enforcement;

/** The ladder's steps as recorded: a warning, a throttle, a cut of a room; a ban of a host. */
public enum PenaltyKind {
    WARNING, THROTTLE, CUT, BAN;

    public boolean appealable() {
        return this == CUT || this == BAN;
    }
}
