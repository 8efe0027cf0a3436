package dev.livecommerce.governance.score;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
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

    /** Sums the merchant's facts that occurred after {@code since}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MerchantTotals merchantTotals(String merchantId, OffsetDateTime since) {
        List<Object[]> groups = rows(em.createNativeQuery("""
                select kind, sub_score, count(*), sum(penalty_points), min(occurred_at)
                from score_fact
                where merchant_id = ?1 and occurred_at > ?2
                group by kind, sub_score
                """)
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
                      from score_fact
                      where merchant_id = ?1 and kind = 'LISTING_DECISION' and occurred_at > ?2
                      order by listing_id, occurred_at desc, id desc) latest
                """)
                .setParameter(1, merchantId)
                .setParameter(2, since)
                .getSingleResult();
        MerchantPenalties penalties = new MerchantPenalties(points.getOrDefault(SubScore.PRODUCT, 0),
                points.getOrDefault(SubScore.LOGISTICS, 0), points.getOrDefault(SubScore.SERVICE, 0),
                ((Number) listings[0]).intValue(), ((Number) listings[1]).intValue());
        return new MerchantTotals(penalties, counts, qualityComplaints, oldest);
    }

    /** Sums the listing's decisions taken after {@code since}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListingTotals listingTotals(UUID listingId, OffsetDateTime since) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                select count(*), coalesce(sum(penalty_points), 0), min(occurred_at),
                       (select label from score_fact
                        where listing_id = ?1 and kind = 'LISTING_DECISION' and occurred_at > ?2
                        order by occurred_at desc, id desc limit 1)
                from score_fact
                where listing_id = ?1 and kind = 'LISTING_DECISION' and occurred_at > ?2
                """)
                .setParameter(1, listingId)
                .setParameter(2, since)
                .getSingleResult();
        String latest = (String) totals[3];
        return new ListingTotals(((Number) totals[0]).intValue(), ((Number) totals[1]).intValue(),
                latest == null ? null : Outcome.valueOf(latest), utc(totals[2]));
    }

    /** Deletes at most {@code batchSizeMax} facts that occurred before {@code before}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeOlderThan(OffsetDateTime before, int batchSizeMax) {
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
