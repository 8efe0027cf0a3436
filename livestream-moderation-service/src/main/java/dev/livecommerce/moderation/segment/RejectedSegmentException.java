package dev.livecommerce.moderation.segment;

import dev.livecommerce.kit.events.PoisonMessageException;

/** A segment that can never be checked: it goes to the dead-letter topic with the reason, and the partition moves on. */
public class RejectedSegmentException extends PoisonMessageException {

    private final Rejection rejection;

    public RejectedSegmentException(Rejection rejection, String detail) {
        super(rejection.name() + ": " + detail);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
