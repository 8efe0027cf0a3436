package dev.livecommerce.governance.reviewqueue;

/** Why a reviewer may not act on a queue item now: a problem type slug and a sentence for the reviewer. */
public record Refusal(String slug, String detail) {
}
