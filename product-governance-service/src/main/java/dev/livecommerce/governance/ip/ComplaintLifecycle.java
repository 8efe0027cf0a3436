package dev.livecommerce.governance.ip;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The rules of a complaint's life: which step may follow which, and how long a merchant has to answer. */
public final class ComplaintLifecycle {

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            ComplaintStatus.FILED, EnumSet.of(ComplaintStatus.UPHELD, ComplaintStatus.REJECTED),
            ComplaintStatus.UPHELD, EnumSet.of(ComplaintStatus.COUNTER_NOTICE_FILED),
            ComplaintStatus.COUNTER_NOTICE_FILED, EnumSet.of(ComplaintStatus.RESTORED,
                    ComplaintStatus.TAKEDOWN_CONFIRMED),
            ComplaintStatus.REJECTED, EnumSet.noneOf(ComplaintStatus.class),
            ComplaintStatus.RESTORED, EnumSet.noneOf(ComplaintStatus.class),
            ComplaintStatus.TAKEDOWN_CONFIRMED, EnumSet.noneOf(ComplaintStatus.class));

    /** States in which the complaint keeps its listing taken down. */
    public static final Set<ComplaintStatus> HOLDING_LISTING_DOWN = EnumSet.of(ComplaintStatus.UPHELD,
            ComplaintStatus.COUNTER_NOTICE_FILED, ComplaintStatus.TAKEDOWN_CONFIRMED);
    /** States in which the rights holder's complaint is still being handled: no second one on the same listing. */
    public static final Set<ComplaintStatus> OPEN = EnumSet.of(ComplaintStatus.FILED, ComplaintStatus.UPHELD,
            ComplaintStatus.COUNTER_NOTICE_FILED);

    private ComplaintLifecycle() {
    }

    /** A step the complaint's current status does not allow. */
    public static final class IllegalStepException extends RuntimeException {

        private final ComplaintStatus current;
        private final ComplaintStatus attempted;

        IllegalStepException(ComplaintStatus current, ComplaintStatus attempted) {
            super("the complaint is " + current + "; " + attempted + " is not possible from there"
                    + allowedAfter(current), null, false, false);
            this.current = current;
            this.attempted = attempted;
        }

        public ComplaintStatus current() {
            return current;
        }

        public ComplaintStatus attempted() {
            return attempted;
        }

        private static String allowedAfter(ComplaintStatus current) {
            Set<ComplaintStatus> next = NEXT.get(current);
            return next.isEmpty() ? " (it is closed)" : " (next: " + next + ")";
        }
    }

    /** A counter-notice after its window. */
    public static final class WindowClosedException extends RuntimeException {

        WindowClosedException(OffsetDateTime deadline) {
            super("the counter-notice window closed at " + deadline, null, false, false);
        }
    }

    public static void checkStep(ComplaintStatus current, ComplaintStatus next) {
        if (!NEXT.get(current).contains(next)) {
            throw new IllegalStepException(current, next);
        }
    }

    public static boolean isFinal(ComplaintStatus status) {
        return NEXT.get(status).isEmpty();
    }

    public static OffsetDateTime counterNoticeDeadline(OffsetDateTime upheldAt, int windowDays) {
        return upheldAt.plus(Duration.ofDays(windowDays));
    }

    /** A counter-notice is accepted until the deadline, inclusive. */
    public static void checkCounterNoticeWindow(OffsetDateTime upheldAt, int windowDays, OffsetDateTime now) {
        OffsetDateTime deadline = counterNoticeDeadline(upheldAt, windowDays);
        if (now.isAfter(deadline)) {
            throw new WindowClosedException(deadline);
        }
    }
}
