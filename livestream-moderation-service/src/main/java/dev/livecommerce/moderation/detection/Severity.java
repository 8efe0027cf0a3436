package dev.livecommerce.moderation.detection;

/** How much a violation weighs on the room's ladder; the values of violation-detected's severity. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
