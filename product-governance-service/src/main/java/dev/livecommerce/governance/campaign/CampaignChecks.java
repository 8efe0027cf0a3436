package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.ReviewDecision;

/** Records what each campaign's own rules made of a listing they checked; callers own the transaction. */
@ApplicationScoped
public class CampaignChecks {

    private final EntityManager em;

    CampaignChecks(EntityManager em) {
        this.em = em;
    }

    /** After a review with campaigns in scope: a campaign is credited only with what its own rules found. */
    public void recordReview(List<ActiveCampaign> campaigns, UUID listingId, UUID reviewId, ReviewDecision decision,
            OffsetDateTime at) {
        for (ActiveCampaign campaign : campaigns) {
            boolean ownFinding = decision.violations().stream().anyMatch(campaign::owns);
            record(campaign.id(), listingId, ownFinding ? reviewId : null,
                    ownFinding ? decision.outcome() : Outcome.APPROVED, at);
        }
    }

    public void record(UUID campaignId, UUID listingId, UUID reviewId, Outcome outcome, OffsetDateTime at) {
        em.createNativeQuery("""
                insert into campaign_check (campaign_id, listing_id, review_id, outcome, checked_at)
                values (?1, ?2, ?3, ?4, ?5)
                """)
                .setParameter(1, campaignId)
                .setParameter(2, listingId)
                .setParameter(3, reviewId)
                .setParameter(4, outcome.name())
                .setParameter(5, at)
                .executeUpdate();
    }
}
