package dev.livecommerce.governance.qualification;

/** One field of a registration that cannot be accepted, and why. */
public record InvalidField(String field, String message) {
}
