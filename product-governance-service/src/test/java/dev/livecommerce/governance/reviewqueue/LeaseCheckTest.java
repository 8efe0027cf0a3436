package dev.livecommerce.governance.reviewqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LeaseCheckTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 11, 11, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ItemLease FREE = new ItemLease(QueueItemStatus.OPEN, null, null);
    private static final ItemLease HELD_BY_ANN = new ItemLease(QueueItemStatus.OPEN, "ann", NOW.plusSeconds(60));
    private static final ItemLease LAPSED_FOR_ANN = new ItemLease(QueueItemStatus.OPEN, "ann", NOW);

    private final LeaseCheck check = new LeaseCheck();

    @Test
    void theLeaseStateFollowsTheClock() {
        assertEquals(LeaseState.FREE, FREE.stateAt(NOW));
        assertEquals(LeaseState.HELD, HELD_BY_ANN.stateAt(NOW));
        assertEquals(LeaseState.EXPIRED, HELD_BY_ANN.stateAt(NOW.plusSeconds(60)), "expiry instant is exclusive");
    }

    @Test
    void aFreeOrLapsedItemMayBeClaimedByAnyone() {
        assertEquals(Optional.empty(), check.toClaim(FREE, "bob", NOW));
        assertEquals(Optional.empty(), check.toClaim(LAPSED_FOR_ANN, "bob", NOW));
    }

    @Test
    void aRunningLeaseKeepsOthersOutButNotItsHolder() {
        assertEquals("item-claimed", slug(check.toClaim(HELD_BY_ANN, "bob", NOW)));
        assertEquals(Optional.empty(), check.toClaim(HELD_BY_ANN, "ann", NOW));
    }

    @Test
    void onlyTheHolderOfARunningLeaseDecidesOrRenews() {
        assertEquals(Optional.empty(), check.toDecide(HELD_BY_ANN, "ann", NOW));
        assertEquals(Optional.empty(), check.toRenew(HELD_BY_ANN, "ann", NOW));
        assertEquals("item-not-claimed", slug(check.toDecide(HELD_BY_ANN, "bob", NOW)));
        assertEquals("item-not-claimed", slug(check.toDecide(FREE, "ann", NOW)));
        assertEquals("lease-expired", slug(check.toDecide(LAPSED_FOR_ANN, "ann", NOW)));
        assertEquals("lease-expired", slug(check.toRenew(LAPSED_FOR_ANN, "ann", NOW)));
    }

    @Test
    void theHolderMayReleaseEvenALapsedLease() {
        assertEquals(Optional.empty(), check.toRelease(LAPSED_FOR_ANN, "ann"));
        assertEquals("item-not-claimed", slug(check.toRelease(HELD_BY_ANN, "bob")));
        assertEquals("item-not-claimed", slug(check.toRelease(FREE, "ann")));
    }

    @Test
    void aClosedItemAcceptsNothing() {
        ItemLease decided = new ItemLease(QueueItemStatus.DECIDED, null, null);
        ItemLease superseded = new ItemLease(QueueItemStatus.SUPERSEDED, "ann", NOW.plusSeconds(60));

        assertEquals("item-closed", slug(check.toClaim(decided, "ann", NOW)));
        assertEquals("item-closed", slug(check.toDecide(superseded, "ann", NOW)));
        assertEquals("item-closed", slug(check.toRenew(superseded, "ann", NOW)));
        assertEquals("item-closed", slug(check.toRelease(superseded, "ann")));
    }

    private static String slug(Optional<Refusal> refusal) {
        return refusal.map(Refusal::slug).orElse("allowed");
    }
}
