package dev.livecommerce.governance.score;

/** Severity of a livestream rule, as violation-detected carries it. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
