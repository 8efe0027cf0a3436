package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.listing.ListingStatus;
import dev.livecommerce.governance.review.ReviewService;
import io.quarkus.scheduler.Scheduled;

/**
 * Sweeps the listings that were live when a campaign started, one bounded batch per tick. The cursor moves in the
 * same transaction as the batch's decisions, so a restart resumes after the last committed batch and no listing is
 * decided twice; a transaction-scoped advisory lock lets one instance sweep at a time.
 */
@ApplicationScoped
public class CampaignSweeper {

    private static final long SWEEP_LOCK = 0x5e3e_c0de_0001L;

    private final EntityManager em;
    private final CampaignCatalog catalog;
    private final ReviewService reviews;
    private final int batchSize;

    CampaignSweeper(EntityManager em, CampaignCatalog catalog, ReviewService reviews,
            @ConfigProperty(name = "governance.campaigns.sweep-batch-size", defaultValue = "200") int batchSize) {
        this.em = em;
        this.catalog = catalog;
        this.reviews = reviews;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${governance.campaigns.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void sweepOneBatch() {
        if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, SWEEP_LOCK).getSingleResult())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Campaign> pending = Campaign.<Campaign>find(
                "sweepDoneAt is null and cancelledAt is null and startsAt <= ?1 and endsAt > ?1 order by createdAt",
                now).page(0, 1).list();
        if (pending.isEmpty()) {
            return;
        }
        Campaign campaign = pending.get(0);
        ActiveCampaign active = CampaignCatalog.compile(campaign);
        List<Listing> batch = liveListingsAfter(campaign);
        for (Listing listing : batch) {
            reviews.sweep(listing, active);
        }
        campaign.swept += batch.size();
        if (!batch.isEmpty()) {
            campaign.sweepCursor = batch.get(batch.size() - 1).id;
        }
        if (batch.size() < batchSize) {
            campaign.sweepDoneAt = now;
        }
        catalog.invalidate();
    }

    /** The next batch of approved listings in the campaign's scope, by id after the cursor. */
    private List<Listing> liveListingsAfter(Campaign campaign) {
        List<Category> categories = Arrays.stream(campaign.categories).map(Category::valueOf).toList();
        List<String> merchants = List.of(campaign.merchantIds);
        return Listing.<Listing>find("""
                status = ?1
                and (?2 = false or category in ?3)
                and (?4 = false or merchantId in ?5)
                and id > ?6
                order by id""",
                ListingStatus.APPROVED,
                !categories.isEmpty(), categories.isEmpty() ? List.of(Category.OTHER) : categories,
                !merchants.isEmpty(), merchants.isEmpty() ? List.of("") : merchants,
                campaign.sweepCursor == null ? new UUID(0, 0) : campaign.sweepCursor)
                .page(0, batchSize).list();
    }
}
