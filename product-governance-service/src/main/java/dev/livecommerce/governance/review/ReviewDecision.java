package dev.livecommerce.governance.review;

import java.util.List;

/** The outcome of one review and every violation behind it. */
public record ReviewDecision(Outcome outcome, List<Violation> violations) {

    public ReviewDecision {
        violations = List.copyOf(violations);
    }
}
