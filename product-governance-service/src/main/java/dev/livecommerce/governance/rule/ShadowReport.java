package dev.livecommerce.governance.rule;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Compares each shadow rule version with the decisions actually taken on the same reviews: how often it fired, on
 * which live outcomes, and how it agrees with the live version of the same rule.
 */
@ApplicationScoped
public class ShadowReport {

    private final EntityManager em;

    ShadowReport(EntityManager em) {
        this.em = em;
    }

    /**
     * @param firedWhereApproved reviews the live rules approved and this version would have flagged
     * @param firedWhereIntercepted reviews the live rules intercepted and this version flagged too
     * @param liveVersionFired reviews on which the live version of the same rule id fired
     * @param bothFired reviews on which both this version and the live version of the same rule id fired
     */
    public record Line(String ruleId, int version, RuleStatus status, long evaluated, long fired,
            long firedWhereApproved, long firedWhereIntercepted, long firedWhereManualReview, long liveVersionFired,
            long bothFired) {
    }

    @Transactional
    public List<Line> lines() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.rule_id, s.rule_version, r.status,
                       count(*),
                       count(*) filter (where s.fired),
                       count(*) filter (where s.fired and s.live_outcome = 'APPROVED'),
                       count(*) filter (where s.fired and s.live_outcome = 'INTERCEPTED'),
                       count(*) filter (where s.fired and s.live_outcome = 'MANUAL_REVIEW'),
                       count(*) filter (where live.review_id is not null),
                       count(*) filter (where s.fired and live.review_id is not null)
                from shadow_evaluation s
                join rule r on r.id = s.rule_id and r.version = s.rule_version
                left join (select distinct review_id, rule_id from listing_violation) live
                       on live.review_id = s.review_id and live.rule_id = s.rule_id
                group by s.rule_id, s.rule_version, r.status
                order by s.rule_id, s.rule_version
                """).getResultList();
        return rows.stream().map(r -> new Line((String) r[0], ((Number) r[1]).intValue(),
                RuleStatus.valueOf((String) r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9])))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
