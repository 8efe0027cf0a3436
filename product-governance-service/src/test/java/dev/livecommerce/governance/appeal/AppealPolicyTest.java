package dev.livecommerce.governance.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class AppealPolicyTest {

    private static final OffsetDateTime DECIDED = OffsetDateTime.parse("2025-11-11T01:58:12.912Z");
    private final AppealPolicy policy = new AppealPolicy(Duration.ofDays(15), Duration.ofHours(72));

    @Test
    void theWindowIncludesItsLastInstant() {
        assertTrue(policy.inWindow(DECIDED, DECIDED));
        assertTrue(policy.inWindow(DECIDED, DECIDED.plusDays(15)));
        assertFalse(policy.inWindow(DECIDED, DECIDED.plusDays(15).plusNanos(1_000_000)));
    }

    @Test
    void theDecisionIsDueAfterTheDeadline() {
        assertEquals(OffsetDateTime.parse("2025-11-14T01:58:12.912Z"), policy.decisionDueAt(DECIDED));
    }

    @Test
    void onlyOpenAppealsPastTheirDeadlineAreOverdue() {
        OffsetDateTime due = policy.decisionDueAt(DECIDED);

        assertFalse(AppealPolicy.overdue(AppealStatus.OPEN, due, due));
        assertTrue(AppealPolicy.overdue(AppealStatus.OPEN, due, due.plusSeconds(1)));
        assertFalse(AppealPolicy.overdue(AppealStatus.OVERTURNED, due, due.plusDays(3)));
    }

    @Test
    void aWindowOrDeadlineOfZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AppealPolicy(Duration.ZERO, Duration.ofHours(72)));
        assertThrows(IllegalArgumentException.class, () -> new AppealPolicy(Duration.ofDays(15), Duration.ZERO));
    }
}
