package dev.livecommerce.governance.review;

import java.util.List;

/** The decision a review takes, and what the shadow rules would have done beside it. */
public record ReviewResult(ReviewDecision decision, List<ShadowFinding> shadow) {

    public ReviewResult {
        shadow = List.copyOf(shadow);
    }
}
