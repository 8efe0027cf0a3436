package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which listings a campaign looks at, and when. Empty categories means every category; empty merchants means every
 * merchant; a campaign with both set looks at those merchants' listings in those categories.
 */
public record CampaignScope(List<String> categories, List<String> merchantIds, OffsetDateTime startsAt,
        OffsetDateTime endsAt, OffsetDateTime cancelledAt) {

    public enum State {
        SCHEDULED, ACTIVE, ENDED, CANCELLED
    }

    public CampaignScope {
        categories = List.copyOf(categories);
        merchantIds = List.copyOf(merchantIds);
    }

    public State state(OffsetDateTime now) {
        if (cancelledAt != null) {
            return State.CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return State.SCHEDULED;
        }
        return now.isBefore(endsAt) ? State.ACTIVE : State.ENDED;
    }

    public boolean covers(String category, String merchantId) {
        return (categories.isEmpty() || categories.contains(category))
                && (merchantIds.isEmpty() || merchantIds.contains(merchantId));
    }
}
