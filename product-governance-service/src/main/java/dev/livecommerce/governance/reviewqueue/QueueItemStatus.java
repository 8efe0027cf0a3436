package dev.livecommerce.governance.reviewqueue;

/**
 * OPEN while the listing waits for a reviewer; DECIDED once a reviewer's decision is recorded; SUPERSEDED when a
 * later decision on the listing (an edit re-reviewed, for example) made the manual review moot.
 */
public enum QueueItemStatus {
    OPEN, DECIDED, SUPERSEDED
}
