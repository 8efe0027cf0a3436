package dev.livecommerce.governance.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class CampaignScopeTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-01T00:00:00Z");
    private static final OffsetDateTime END = OffsetDateTime.parse("2026-12-01T00:00:00Z");

    @Test
    void aCampaignRunsFromItsStartUntilItsEndUnlessCancelled() {
        CampaignScope scope = new CampaignScope(List.of(), List.of(), START, END, null);
        assertEquals(CampaignScope.State.SCHEDULED, scope.state(START.minusSeconds(1)));
        assertEquals(CampaignScope.State.ACTIVE, scope.state(START));
        assertEquals(CampaignScope.State.ENDED, scope.state(END));
        assertEquals(CampaignScope.State.CANCELLED,
                new CampaignScope(List.of(), List.of(), START, END, START.plusDays(1)).state(START.plusDays(2)));
    }

    @Test
    void categoriesAndMerchantsNarrowTheScopeTogether() {
        CampaignScope fresh = new CampaignScope(List.of("FRESH_PRODUCE"), List.of(), START, END, null);
        assertTrue(fresh.covers("FRESH_PRODUCE", "m-1"));
        assertFalse(fresh.covers("FOOD", "m-1"));
        CampaignScope both = new CampaignScope(List.of("FRESH_PRODUCE"), List.of("m-1"), START, END, null);
        assertTrue(both.covers("FRESH_PRODUCE", "m-1"));
        assertFalse(both.covers("FRESH_PRODUCE", "m-2"));
    }
}
