package dev.livecommerce.moderation.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.livecommerce.moderation.ladder.AppealPolicy.AppellantKind;

class BanAndBoostAndAppealPolicyTest {

    private static final Instant NOW = Instant.parse("2025-11-11T12:00:00Z");

    @Test
    void aHostIsBannedAtTheThresholdOfCutsInTheWindow() {
        BanRule rule = new BanRule(3, Duration.ofDays(30));
        assertFalse(rule.bans(2));
        assertTrue(rule.bans(3));
        assertEquals(NOW.minus(Duration.ofDays(30)), rule.windowStart(NOW));
    }

    @Test
    void aRoomCleanForTheWholeWindowEarnsABoostFromTheLatestOfStartStrikeAndBoost() {
        CleanStreak streak = new CleanStreak(Duration.ofMinutes(60));
        Instant started = NOW.minus(Duration.ofMinutes(200));
        Instant strike = NOW.minus(Duration.ofMinutes(90));
        assertEquals(Optional.of(strike), streak.earned(started, strike, null, NOW));
        assertEquals(Optional.empty(), streak.earned(started, NOW.minus(Duration.ofMinutes(59)), null, NOW));
    }

    @Test
    void aRoomIsBoostedAtMostOncePerWindow() {
        CleanStreak streak = new CleanStreak(Duration.ofMinutes(60));
        Instant started = NOW.minus(Duration.ofMinutes(200));
        assertTrue(streak.earned(started, null, NOW.minus(Duration.ofMinutes(30)), NOW).isEmpty());
        assertTrue(streak.earned(started, null, NOW.minus(Duration.ofMinutes(60)), NOW).isPresent());
    }

    @Test
    void aFreshRoomWaitsAWholeWindow() {
        CleanStreak streak = new CleanStreak(Duration.ofMinutes(60));
        assertTrue(streak.earned(NOW.minus(Duration.ofMinutes(10)), null, null, NOW).isEmpty());
    }

    @Test
    void theHostAndTheResponsibleMerchantsMayAppealNobodyElse() {
        AppealPolicy policy = new AppealPolicy(Duration.ofDays(15), Duration.ofHours(72));
        List<String> merchants = List.of("m-1", "m-2");
        assertTrue(policy.mayAppeal(AppellantKind.HOST, "host-a", "host-a", merchants));
        assertFalse(policy.mayAppeal(AppellantKind.HOST, "host-b", "host-a", merchants));
        assertTrue(policy.mayAppeal(AppellantKind.MERCHANT, "m-2", "host-a", merchants));
        assertFalse(policy.mayAppeal(AppellantKind.MERCHANT, "m-3", "host-a", merchants));
    }

    @Test
    void theFilingWindowAndTheDecisionDeadline() {
        AppealPolicy policy = new AppealPolicy(Duration.ofDays(15), Duration.ofHours(72));
        assertTrue(policy.windowOpen(NOW, NOW.plus(Duration.ofDays(15))));
        assertFalse(policy.windowOpen(NOW, NOW.plus(Duration.ofDays(15)).plusSeconds(1)));
        Instant due = policy.decisionDueAt(NOW);
        assertEquals(NOW.plus(Duration.ofHours(72)), due);
        assertTrue(policy.overdue(due, due.plusSeconds(1)));
        assertFalse(policy.overdue(due, due));
    }
}
