package dev.livecommerce.governance.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.livecommerce.governance.image.StolenImages;
import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.qualification.MissingQualifications;
import dev.livecommerce.governance.qualification.QualificationService;
import dev.livecommerce.governance.qualification.Requirement;
import dev.livecommerce.governance.rule.RuleDefinition;
import dev.livecommerce.governance.rule.RuleKind;
import dev.livecommerce.governance.rule.RuleSet;

/** Gathers what a review needs to know beyond the listing itself; callers own the transaction. */
@ApplicationScoped
public class ListingFactsLoader {

    private static final Duration PRICE_NORM_TTL = Duration.ofSeconds(60);
    private static final int POINTS_WINDOW_DAYS = 180;

    private final EntityManager em;
    private final StolenImages stolenImages;
    private final QualificationService qualifications;
    private final Map<String, CachedNorm> priceNorms = new ConcurrentHashMap<>();

    ListingFactsLoader(EntityManager em, StolenImages stolenImages, QualificationService qualifications) {
        this.em = em;
        this.stolenImages = stolenImages;
        this.qualifications = qualifications;
    }

    private record CachedNorm(ListingFacts.PriceNorm norm, long loadedAtNanos) {
    }

    /** Loads only the facts some rule of the given sets reads. */
    public ListingFacts load(Listing listing, RuleSet rules, List<RuleSet> campaigns) {
        List<RuleDefinition> all = Stream.concat(Stream.of(rules), campaigns.stream())
                .flatMap(set -> Stream.concat(set.live().stream(), set.shadow().stream())).toList();
        return new ListingFacts(listing.title, listing.description, listing.category.name(), listing.priceFen,
                needs(all, RuleKind.PRICE_ANOMALY) ? priceNorm(listing.category.name()) : null,
                needs(all, RuleKind.MERCHANT_RISK) ? merchantRecord(listing.merchantId, all) : null,
                needs(all, RuleKind.QUALIFICATION) ? missingQualifications(listing) : List.of(),
                needs(all, RuleKind.IMAGE_MATCH) ? imageMatches(listing) : List.of());
    }

    /**
     * The facts of a batch of listings, with one query per kind of fact some rule of the given sets reads (the
     * category price norms come from the per-instance cache).
     */
    public BatchFacts loadAll(Collection<Listing> listings, RuleSet rules, Collection<RuleSet> campaigns) {
        List<RuleDefinition> all = Stream.concat(Stream.of(rules), campaigns.stream())
                .flatMap(set -> Stream.concat(set.live().stream(), set.shadow().stream())).toList();
        Map<String, ListingFacts.PriceNorm> norms = new HashMap<>();
        if (needs(all, RuleKind.PRICE_ANOMALY)) {
            listings.forEach(l -> norms.computeIfAbsent(l.category.name(), this::priceNorm));
        }
        Map<String, ListingFacts.MerchantRecord> merchants = needs(all, RuleKind.MERCHANT_RISK)
                ? merchantRecords(listings.stream().map(l -> l.merchantId).distinct().toList(), all)
                : Map.of();
        MissingQualifications missing = needs(all, RuleKind.QUALIFICATION)
                ? qualifications.missingForAll(listings.stream().collect(Collectors.groupingBy(l -> l.merchantId,
                        Collectors.mapping(l -> l.category, Collectors.toSet()))), OffsetDateTime.now())
                : (merchantId, category) -> List.of();
        Map<UUID, List<ListingFacts.ImageMatch>> images = needs(all, RuleKind.IMAGE_MATCH)
                ? imageMatches(listings)
                : Map.of();
        return new BatchFacts(norms, merchants, missing, images);
    }

    private Map<UUID, List<ListingFacts.ImageMatch>> imageMatches(Collection<Listing> listings) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select listing_id, image_id from listing_image where listing_id in (?1) order by listing_id, position
                """).setParameter(1, listings.stream().map(l -> l.id).toList()).getResultList();
        Map<UUID, List<UUID>> imageIds = rows.stream().collect(Collectors.groupingBy(row -> (UUID) row[0],
                Collectors.mapping(row -> (UUID) row[1], Collectors.toList())));
        Map<UUID, List<ListingFacts.ImageMatch>> matches = new HashMap<>();
        for (Listing listing : listings) {
            List<UUID> ofListing = imageIds.get(listing.id);
            if (ofListing != null) {
                matches.put(listing.id, imageMatches(ofListing, listing.merchantId));
            }
        }
        return matches;
    }

    private Map<String, ListingFacts.MerchantRecord> merchantRecords(List<String> merchantIds,
            List<RuleDefinition> rules) {
        int windowDays = merchantRiskWindowDays(rules);
        OffsetDateTime now = OffsetDateTime.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select l.merchant_id,
                       coalesce(sum(v.points) filter (where r.decided_at > ?2), 0),
                       count(distinct r.id) filter (where r.decided_at > ?3)
                from listing l
                join listing_review r on r.listing_id = l.id and r.outcome = 'INTERCEPTED'
                left join listing_violation v on v.review_id = r.id
                where l.merchant_id in (?1) and r.decided_at > ?4
                group by l.merchant_id
                """)
                .setParameter(1, merchantIds)
                .setParameter(2, now.minusDays(POINTS_WINDOW_DAYS))
                .setParameter(3, now.minusDays(windowDays))
                .setParameter(4, now.minusDays(Math.max(POINTS_WINDOW_DAYS, windowDays)))
                .getResultList();
        Map<String, ListingFacts.MerchantRecord> records = new HashMap<>();
        merchantIds.forEach(id -> records.put(id, new ListingFacts.MerchantRecord(0, 0, windowDays)));
        for (Object[] row : rows) {
            records.put((String) row[0], new ListingFacts.MerchantRecord(((Number) row[1]).intValue(),
                    ((Number) row[2]).longValue(), windowDays));
        }
        return records;
    }

    private List<String> missingQualifications(Listing listing) {
        return qualifications.missingFor(listing.merchantId, listing.category, OffsetDateTime.now()).stream()
                .map(Requirement::description).toList();
    }

    private List<ListingFacts.ImageMatch> imageMatches(Listing listing) {
        @SuppressWarnings("unchecked")
        List<UUID> imageIds = em.createNativeQuery(
                "select image_id from listing_image where listing_id = ?1 order by position", UUID.class)
                .setParameter(1, listing.id).getResultList();
        return imageIds.isEmpty() ? List.of() : imageMatches(imageIds, listing.merchantId);
    }

    private List<ListingFacts.ImageMatch> imageMatches(List<UUID> imageIds, String merchantId) {
        return stolenImages.findIn(imageIds, merchantId).stream()
                .map(f -> new ListingFacts.ImageMatch(f.imageId().toString(), f.originalImageId().toString(),
                        f.originalOwnerId(), f.distance()))
                .toList();
    }

    private static boolean needs(List<RuleDefinition> rules, RuleKind kind) {
        return rules.stream().anyMatch(r -> r.kind() == kind);
    }

    /** The category median moves slowly; it is read at most once a minute per category and instance. */
    ListingFacts.PriceNorm priceNorm(String category) {
        long now = System.nanoTime();
        CachedNorm cached = priceNorms.get(category);
        if (cached != null && now - cached.loadedAtNanos() < PRICE_NORM_TTL.toNanos()) {
            return cached.norm();
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(percentile_disc(0.5) within group (order by price_fen), 0), count(*)
                from listing where category = ?1 and status = 'APPROVED'
                """).setParameter(1, category).getSingleResult();
        ListingFacts.PriceNorm norm = new ListingFacts.PriceNorm(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue());
        priceNorms.put(category, new CachedNorm(norm, now));
        return norm;
    }

    ListingFacts.MerchantRecord merchantRecord(String merchantId, List<RuleDefinition> rules) {
        int windowDays = merchantRiskWindowDays(rules);
        OffsetDateTime now = OffsetDateTime.now();
        Object[] row = (Object[]) em.createNativeQuery("""
                select coalesce(sum(v.points) filter (where r.decided_at > ?2), 0),
                       count(distinct r.id) filter (where r.decided_at > ?3)
                from listing l
                join listing_review r on r.listing_id = l.id and r.outcome = 'INTERCEPTED'
                left join listing_violation v on v.review_id = r.id
                where l.merchant_id = ?1 and r.decided_at > ?4
                """)
                .setParameter(1, merchantId)
                .setParameter(2, now.minusDays(POINTS_WINDOW_DAYS))
                .setParameter(3, now.minusDays(windowDays))
                .setParameter(4, now.minusDays(Math.max(POINTS_WINDOW_DAYS, windowDays)))
                .getSingleResult();
        return new ListingFacts.MerchantRecord(((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                windowDays);
    }

    private static int merchantRiskWindowDays(List<RuleDefinition> rules) {
        return rules.stream().filter(r -> r.kind() == RuleKind.MERCHANT_RISK)
                .map(RuleDefinition::params).filter(p -> p.windowDays() != null)
                .mapToInt(p -> p.windowDays()).max().orElse(30);
    }
}
