package dev.livecommerce.governance.review;

import java.util.UUID;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * A reviewer decided a manual review that is no longer the listing's decision in force. Thrown before anything is
 * written, so the caller's transaction may still commit what it does about it (the queue closes the item).
 */
public class ReviewSupersededException extends ProblemException {

    ReviewSupersededException(UUID listingId, UUID manualReviewId) {
        super(Problem.of(409, "Conflict", "review-superseded", "listing " + listingId
                + " is no longer waiting for manual review " + manualReviewId + " (it was decided or edited since)"));
    }
}
