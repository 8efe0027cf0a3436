package dev.livecommerce.governance.appeal;

import java.time.Duration;
import java.time.OffsetDateTime;

/** The appeal window after a decision or penalty, and the reviewer's deadline after a filing. */
public record AppealPolicy(Duration window, Duration decisionDeadline) {

    public AppealPolicy {
        if (window.isNegative() || window.isZero() || decisionDeadline.isNegative() || decisionDeadline.isZero()) {
            throw new IllegalArgumentException("appeal window and decision deadline must be positive: " + window
                    + ", " + decisionDeadline);
        }
    }

    public OffsetDateTime windowClosesAt(OffsetDateTime appealedSince) {
        return appealedSince.plus(window);
    }

    /** An appeal filed exactly when the window closes is still in time. */
    public boolean inWindow(OffsetDateTime appealedSince, OffsetDateTime filedAt) {
        return !filedAt.isAfter(windowClosesAt(appealedSince));
    }

    public OffsetDateTime decisionDueAt(OffsetDateTime filedAt) {
        return filedAt.plus(decisionDeadline);
    }

    public static boolean overdue(AppealStatus status, OffsetDateTime decisionDueAt, OffsetDateTime at) {
        return status == AppealStatus.OPEN && at.isAfter(decisionDueAt);
    }
}
