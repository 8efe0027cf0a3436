package dev.livecommerce.governance.replay;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A replay's progress and what the candidate would have changed.
 *
 * @param firedWhereApproved listings the candidate would newly flag (the decision in force approved them)
 * @param liveRuleFiredNotCandidate listings where the live version of the rule fired and the candidate does not
 * @param appealsOverturnedFired listings whose decision was overturned on appeal and the candidate still flags
 */
public record ReplayView(UUID id, String ruleId, int ruleVersion, String status, long total, long processed,
        long fired, long firedWhereApproved, long firedWhereIntercepted, long firedWhereManualReview,
        long liveRuleFired, long liveRuleFiredNotCandidate, long appealsUpheld, long appealsUpheldFired,
        long appealsOverturned, long appealsOverturnedFired, String requestedBy, OffsetDateTime requestedAt,
        OffsetDateTime finishedAt) {

    static ReplayView of(RuleReplay r) {
        return new ReplayView(r.id, r.ruleId, r.ruleVersion, r.finishedAt == null ? "RUNNING" : "DONE", r.total,
                r.processed, r.fired, r.firedWhereApproved, r.firedWhereIntercepted, r.firedWhereManual,
                r.liveRuleFired, r.liveRuleFiredNotCandidate, r.appealsUpheld, r.appealsUpheldFired,
                r.appealsOverturned, r.appealsOverturnedFired, r.requestedBy, r.requestedAt, r.finishedAt);
    }
}
