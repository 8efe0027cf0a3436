package dev.livecommerce.moderation.violation;

/** SPEECH: the host's own words (transcript); CHAT: a viewer's message. */
public enum Channel {
    SPEECH, CHAT
}
