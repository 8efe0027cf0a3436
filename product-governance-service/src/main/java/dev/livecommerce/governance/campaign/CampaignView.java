package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A campaign and its results so far.
 *
 * @param checked listings the campaign's rules looked at (new submissions while active, and the sweep)
 * @param intercepted checked listings its rules intercepted
 * @param sentToManualReview checked listings its rules sent to a reviewer
 * @param appealed appeals filed against the campaign's decisions
 * @param overturned those appeals a reviewer overturned
 * @param sweepDone whether the sweep over the listings live at its start has finished
 */
public record CampaignView(UUID id, String name, String description, List<Campaign.RuleVersion> rules,
        List<String> categories, List<String> merchantIds, OffsetDateTime startsAt, OffsetDateTime endsAt,
        CampaignScope.State state, String createdBy, long checked, long intercepted, long sentToManualReview,
        long appealed, long overturned, long swept, boolean sweepDone) {
}
