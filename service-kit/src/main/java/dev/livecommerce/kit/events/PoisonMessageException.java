package dev.livecommerce.kit.events;

/** A record that can never be processed, whatever the retries: it goes to the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }
}
