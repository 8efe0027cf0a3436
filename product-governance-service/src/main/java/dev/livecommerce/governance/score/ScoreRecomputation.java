package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.livecommerce.governance.events.MerchantScoreChanged;
import dev.livecommerce.kit.outbox.Outbox;
import io.quarkus.runtime.Startup;

/**
 * Recomputes scores from the stored facts, never incrementally: whatever led here (a new fact, a replay, an expiry, a
 * correction of the facts), the result depends only on the facts in the window. The score row is locked first, so two
 * inputs of one merchant recompute one after the other and the later one sees the earlier one's fact. Created at startup,
 * so settings that contradict each other stop the service before it scores anything.
 */
@Startup
@ApplicationScoped
public class ScoreRecomputation {

    private final EntityManager em;
    private final ScoreFacts facts;
    private final Outbox outbox;
    private final ScoreConfig config;
    private final ScoringModel model;

    ScoreRecomputation(EntityManager em, ScoreFacts facts, Outbox outbox, ScoreConfig config) {
        if (config.factRetentionDays() < config.windowDays()) {
            throw new IllegalStateException("governance.scores.fact-retention-days (" + config.factRetentionDays()
                    + ") must be at least governance.scores.window-days (" + config.windowDays() + ")");
        }
        this.em = em;
        this.facts = facts;
        this.outbox = outbox;
        this.config = config;
        this.model = new ScoringModel(new ScoreWeights(config.weights().productPercent(),
                config.weights().logisticsPercent(), config.weights().servicePercent()));
    }

    ScoringModel model() {
        return model;
    }

    /**
     * Recomputes a merchant's scores from its stored facts and publishes merchant-score-changed when a score moved at
     * least the publishing step away from its published value.
     *
     * @param triggeringEventId the consumed event behind the recomputation, null when facts expired
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeMerchant(String merchantId, ScoreReason reason, UUID triggeringEventId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int windowDays = config.windowDays();
        MerchantScore row = lockMerchant(merchantId, windowDays, now);
        MerchantTotals totals = facts.merchantTotals(merchantId, now.minusDays(windowDays));
        MerchantScores scores = model.merchantScores(totals.penalties());
        row.record(scores, totals, windowDays, now);
        MerchantScores published = row.published();
        if (scores.movedFrom(published, config.publishStepPoints())) {
            outbox.publish(MerchantScoreChanged.NAME, merchantId, new MerchantScoreChanged(merchantId, published,
                    scores, windowDays, reason, triggeringEventId, now));
            row.markPublished(scores);
        }
    }

    /** Recomputes several listings (id to merchant) with a few statements for all of them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recomputeListings(Map<UUID, String> merchantOfListing) {
        if (merchantOfListing.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int windowDays = config.windowDays();
        List<ListingScore> rows = lockListings(merchantOfListing, windowDays, now);
        Map<UUID, ListingTotals> totals = facts.listingTotals(merchantOfListing.keySet(), now.minusDays(windowDays));
        for (ListingScore row : rows) {
            ListingTotals listing = totals.get(row.listingId);
            BigDecimal score = model.listingScore(listing.violationPoints(), listing.latestOutcome());
            row.record(score, listing, windowDays, now);
        }
    }

    /** Recomputes at most {@code batchSizeMax} merchants whose oldest counted fact has left the window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeExpiredMerchants(int batchSizeMax) {
        List<String> due = strings(em.createNativeQuery("""
                select merchant_id from merchant_score where next_expiry_at <= ?1
                order by next_expiry_at limit ?2 for update skip locked
                """)
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, batchSizeMax)
                .getResultList());
        due.forEach(merchantId -> recomputeMerchant(merchantId, ScoreReason.FACTS_EXPIRED, null));
        return due.size();
    }

    /** Recomputes at most {@code batchSizeMax} listings whose oldest counted decision has left the window. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeExpiredListings(int batchSizeMax) {
        List<Object[]> due = rows(em.createNativeQuery("""
                select listing_id, merchant_id from listing_score where next_expiry_at <= ?1
                order by next_expiry_at limit ?2 for update skip locked
                """)
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(2, batchSizeMax)
                .getResultList());
        Map<UUID, String> merchantOfListing = new HashMap<>();
        due.forEach(listing -> merchantOfListing.put((UUID) listing[0], (String) listing[1]));
        recomputeListings(merchantOfListing);
        return due.size();
    }

    private MerchantScore lockMerchant(String merchantId, int windowDays, OffsetDateTime now) {
        em.createNativeQuery("""
                insert into merchant_score (merchant_id, window_days, computed_at) values (?1, ?2, ?3)
                on conflict (merchant_id) do nothing
                """)
                .setParameter(1, merchantId)
                .setParameter(2, windowDays)
                .setParameter(3, now)
                .executeUpdate();
        return MerchantScore.findById(merchantId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates the listings' score rows that do not exist yet and locks them all, in id order. */
    private List<ListingScore> lockListings(Map<UUID, String> merchantOfListing, int windowDays,
            OffsetDateTime now) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into listing_score (listing_id, merchant_id, window_days, computed_at) values (?, ?, ?, ?)
                    on conflict (listing_id) do nothing
                    """)) {
                for (Map.Entry<UUID, String> listing : merchantOfListing.entrySet()) {
                    insert.setObject(1, listing.getKey());
                    insert.setString(2, listing.getValue());
                    insert.setInt(3, windowDays);
                    insert.setObject(4, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ListingScore.<ListingScore>find("listingId in ?1 order by listingId", merchantOfListing.keySet())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> resultList) {
        return (List<String>) resultList;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> resultList) {
        return (List<Object[]>) resultList;
    }
}
