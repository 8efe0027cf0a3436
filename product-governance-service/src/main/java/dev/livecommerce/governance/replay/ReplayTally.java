package dev.livecommerce.governance.replay;

import dev.livecommerce.governance.review.Outcome;

/**
 * How one listing counts in a replay: whether the candidate fired, against the decision in force, whether the live
 * version of the same rule fired in that decision, and how an appeal against it ended (null: no decided appeal).
 */
public record ReplayTally(boolean candidateFired, Outcome liveOutcome, boolean liveRuleFired, Boolean overturned) {

    void addTo(RuleReplay replay) {
        replay.processed++;
        if (candidateFired) {
            replay.fired++;
            switch (liveOutcome) {
                case APPROVED -> replay.firedWhereApproved++;
                case INTERCEPTED -> replay.firedWhereIntercepted++;
                case MANUAL_REVIEW -> replay.firedWhereManual++;
            }
        }
        if (liveRuleFired) {
            replay.liveRuleFired++;
            if (!candidateFired) {
                replay.liveRuleFiredNotCandidate++;
            }
        }
        if (overturned != null) {
            if (overturned) {
                replay.appealsOverturned++;
                replay.appealsOverturnedFired += candidateFired ? 1 : 0;
            } else {
                replay.appealsUpheld++;
                replay.appealsUpheldFired += candidateFired ? 1 : 0;
            }
        }
    }
}
