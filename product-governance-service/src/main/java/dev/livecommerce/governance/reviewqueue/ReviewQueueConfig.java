package dev.livecommerce.governance.reviewqueue;

import io.smallrye.config.ConfigMapping;

/** governance.review-queue.* (defaults in application.properties). */
@ConfigMapping(prefix = "governance.review-queue")
public interface ReviewQueueConfig {

    /** How long a claim or a renewal lets a reviewer hold an item before anyone may take it over. */
    int leaseSeconds();
}
