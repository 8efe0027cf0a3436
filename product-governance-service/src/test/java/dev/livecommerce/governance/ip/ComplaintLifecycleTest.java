package dev.livecommerce.governance.ip;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.ip.ComplaintLifecycle.IllegalStepException;
import dev.livecommerce.governance.ip.ComplaintLifecycle.WindowClosedException;

class ComplaintLifecycleTest {

    private static final OffsetDateTime UPHELD_AT = OffsetDateTime.of(2025, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theTwoPathsThroughTheLifecycleAreAllowed() {
        assertDoesNotThrow(() -> {
            ComplaintLifecycle.checkStep(ComplaintStatus.FILED, ComplaintStatus.UPHELD);
            ComplaintLifecycle.checkStep(ComplaintStatus.UPHELD, ComplaintStatus.COUNTER_NOTICE_FILED);
            ComplaintLifecycle.checkStep(ComplaintStatus.COUNTER_NOTICE_FILED, ComplaintStatus.RESTORED);
            ComplaintLifecycle.checkStep(ComplaintStatus.COUNTER_NOTICE_FILED, ComplaintStatus.TAKEDOWN_CONFIRMED);
            ComplaintLifecycle.checkStep(ComplaintStatus.FILED, ComplaintStatus.REJECTED);
        });
    }

    @Test
    void everyOtherStepIsRefusedNamingTheCurrentStatus() {
        Set<String> allowed = Set.of("FILED>UPHELD", "FILED>REJECTED", "UPHELD>COUNTER_NOTICE_FILED",
                "COUNTER_NOTICE_FILED>RESTORED", "COUNTER_NOTICE_FILED>TAKEDOWN_CONFIRMED");
        int refused = 0;
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (ComplaintStatus to : ComplaintStatus.values()) {
                if (allowed.contains(from + ">" + to)) {
                    continue;
                }
                IllegalStepException e = assertThrows(IllegalStepException.class,
                        () -> ComplaintLifecycle.checkStep(from, to));
                assertEquals(from, e.current());
                assertTrue(e.getMessage().startsWith("the complaint is " + from), e.getMessage());
                refused++;
            }
        }
        assertEquals(36 - 5, refused);
    }

    @Test
    void closedComplaintsSayTheyAreClosed() {
        for (ComplaintStatus closed : EnumSet.of(ComplaintStatus.REJECTED, ComplaintStatus.RESTORED,
                ComplaintStatus.TAKEDOWN_CONFIRMED)) {
            assertTrue(ComplaintLifecycle.isFinal(closed));
            assertTrue(assertThrows(IllegalStepException.class,
                    () -> ComplaintLifecycle.checkStep(closed, ComplaintStatus.UPHELD)).getMessage()
                    .contains("closed"));
        }
    }

    @Test
    void theCounterNoticeWindowIncludesItsLastInstant() {
        OffsetDateTime deadline = ComplaintLifecycle.counterNoticeDeadline(UPHELD_AT, 15);
        assertEquals(UPHELD_AT.plusDays(15), deadline);
        assertDoesNotThrow(() -> ComplaintLifecycle.checkCounterNoticeWindow(UPHELD_AT, 15, deadline));
        WindowClosedException late = assertThrows(WindowClosedException.class,
                () -> ComplaintLifecycle.checkCounterNoticeWindow(UPHELD_AT, 15, deadline.plusNanos(1000)));
        assertTrue(late.getMessage().contains(deadline.toString()), late.getMessage());
    }
}
