package dev.livecommerce.governance.score;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.review.Outcome;

/** The stored inputs of the scores and the sums the scores are computed from; callers own the transaction. */
@ApplicationScoped
public class ScoreFacts {

    /** Condition on a fact aliased {@code f}: it was not voided. */
    private static final String NOT_VOIDED = """
            not exists (select 1 from score_fact_voided v where v.kind = f.kind and v.fact_ref = f.fact_ref)""";

    private final EntityManager em;

    ScoreFacts(EntityManager em) {
        this.em = em;
    }

    /** Stores a fact; false when a fact of the same kind and reference was stored before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(ScoreFact fact) {
        return em.createNativeQuery("""
                insert into score_fact (kind, fact_ref, event_id, merchant_id, listing_id, order_id, occurred_at,
                                        label, sub_score, penalty_points)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (kind, fact_ref) do nothing
                """)
                .setParameter(1, fact.kind().name())
                .setParameter(2, fact.factRef())
                .setParameter(3, fact.eventId())
                .setParameter(4, fact.merchantId())
                .setParameter(5, fact.listingId())
                .setParameter(6, fact.orderId())
                .setParameter(7, fact.occurredAt())
                .setParameter(8, fact.label())
                .setParameter(9, fact.contribution().subScore().name())
                .setParameter(10, fact.contribution().penaltyPoints())
                .executeUpdate() == 1;
    }

    /**
     * Voids a fact, whether or not it was stored yet: it will not count again. False when it was voided before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean voidFact(FactKind kind, String factRef, UUID appealId, UUID eventId, OffsetDateTime at) {
        return em.createNativeQuery("""
                insert into score_fact_voided (kind, fact_ref, appeal_id, event_id, voided_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (kind, fact_ref) do nothing
                """)
                .setParameter(1, kind.name())
                .setParameter(2, factRef)
                .setParameter(3, appealId)
                .setParameter(4, eventId)
                .setParameter(5, at)
                .executeUpdate() == 1;
    }

    /** Sums the merchant's facts that occurred after {@code since} and were not voided. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MerchantTotals merchantTotals(String merchantId, OffsetDateTime since) {
        List<Object[]> groups = rows(em.createNativeQuery("""
                select kind, sub_score, count(*), sum(penalty_points), min(occurred_at)
                from score_fact f
                where merchant_id = ?1 and occurred_at > ?2 and %s
                group by kind, sub_score
                """.formatted(NOT_VOIDED))
                .setParameter(1, merchantId)
                .setParameter(2, since)
                .getResultList());
        Map<SubScore, Integer> points = new EnumMap<>(SubScore.class);
        Map<FactKind, Integer> counts = new EnumMap<>(FactKind.class);
        int qualityComplaints = 0;
        OffsetDateTime oldest = null;
        for (Object[] group : groups) {
            FactKind kind = FactKind.valueOf((String) group[0]);
            SubScore subScore = SubScore.valueOf((String) group[1]);
            int count = ((Number) group[2]).intValue();
            counts.merge(kind, count, Integer::sum);
            points.merge(subScore, ((Number) group[3]).intValue(), Integer::sum);
            if (kind == FactKind.REFUND_REQUEST && subScore == SubScore.PRODUCT) {
                qualityComplaints = count;
            }
            OffsetDateTime first = utc(group[4]);
            oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
        }
        Object[] listings = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where label = 'INTERCEPTED')
                from (select distinct on (listing_id) label
                      from score_fact f
                      where merchant_id = ?1 and kind = 'LISTING_DECISION' and occurred_at > ?2 and %s
                      order by listing_id, occurred_at desc, id desc) latest
                """.formatted(NOT_VOIDED))
                .setParameter(1, merchantId)
                .setParameter(2, since)
                .getSingleResult();
        MerchantPenalties penalties = new MerchantPenalties(points.getOrDefault(SubScore.PRODUCT, 0),
                points.getOrDefault(SubScore.LOGISTICS, 0), points.getOrDefault(SubScore.SERVICE, 0),
                ((Number) listings[0]).intValue(), ((Number) listings[1]).intValue());
        return new MerchantTotals(penalties, counts, qualityComplaints, oldest);
    }

    /**
     * Sums each listing's decisions taken after {@code since} and not voided, in one query; a listing without any has
     * zero totals and no latest outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, ListingTotals> listingTotals(Collection<UUID> listingIds, OffsetDateTime since) {
        Map<UUID, ListingTotals> totals = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("""
                select listing_id, count(*), coalesce(sum(penalty_points), 0), min(occurred_at),
                       (array_agg(label order by occurred_at desc, id desc))[1]
                from score_fact f
                where listing_id in (?1) and kind = 'LISTING_DECISION' and occurred_at > ?2 and %s
                group by listing_id
                """.formatted(NOT_VOIDED))
                .setParameter(1, listingIds)
                .setParameter(2, since)
                .getResultList())) {
            totals.put((UUID) row[0], new ListingTotals(((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    Outcome.valueOf((String) row[4]), utc(row[3])));
        }
        listingIds.forEach(id -> totals.putIfAbsent(id, new ListingTotals(0, 0, null, null)));
        return totals;
    }

    /**
     * Deletes at most {@code batchSizeMax} facts that occurred before {@code before}, and as many voidings made
     * before it (a voiding always follows its fact); returns how many facts.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeOlderThan(OffsetDateTime before, int batchSizeMax) {
        em.createNativeQuery("""
                delete from score_fact_voided where (kind, fact_ref) in (
                    select kind, fact_ref from score_fact_voided where voided_at < ?1 limit ?2)
                """)
                .setParameter(1, before)
                .setParameter(2, batchSizeMax)
                .executeUpdate();
        return em.createNativeQuery("""
                delete from score_fact where id in (
                    select id from score_fact where occurred_at < ?1 limit ?2)
                """)
                .setParameter(1, before)
                .setParameter(2, batchSizeMax)
                .executeUpdate();
    }

    /** Native queries return timestamptz as an Instant. */
    private static OffsetDateTime utc(Object timestamp) {
        return timestamp == null ? null : ((Instant) timestamp).atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> resultList) {
        return (List<Object[]>) resultList;
    }
}
