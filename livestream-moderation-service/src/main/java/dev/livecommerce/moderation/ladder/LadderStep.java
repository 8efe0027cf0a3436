package dev.livecommerce.moderation.ladder;

/** Where a room stands on its ladder; it only climbs during a session (an overturned cut ends the session). */
public enum LadderStep {
    NONE, WARNED, THROTTLED, CUT;

    boolean isAbove(LadderStep other) {
        return compareTo(other) > 0;
    }
}
