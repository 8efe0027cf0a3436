package dev.livecommerce.governance.appeal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The overturn rate of every rule version that has been appealed: the share of its decided appeals that found a
 * misjudgment. Read from rule_appeal_outcome, which the rule lifecycle reads as well.
 */
@ApplicationScoped
public class RuleAppealOutcomes {

    private final EntityManager em;

    RuleAppealOutcomes(EntityManager em) {
        this.em = em;
    }

    public record RuleVersionOutcomes(String ruleId, int ruleVersion, long appeals, long upheld, long overturned,
            double overturnRate) {
    }

    /** Highest overturn rate first; rule versions with fewer than {@code appealsMin} appeals are left out. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<RuleVersionOutcomes> report(String ruleId, int appealsMin, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select rule_id, rule_version, count(*) as appeals,
                       count(*) filter (where outcome = 'UPHELD') as upheld,
                       count(*) filter (where outcome = 'OVERTURNED') as overturned
                from rule_appeal_outcome
                where (cast(?1 as varchar) is null or rule_id = ?1)
                group by rule_id, rule_version
                having count(*) >= ?2
                order by count(*) filter (where outcome = 'OVERTURNED')::float / count(*) desc, count(*) desc,
                         rule_id, rule_version
                limit ?3
                """)
                .setParameter(1, ruleId)
                .setParameter(2, appealsMin)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> {
            long appeals = ((Number) r[2]).longValue();
            long overturned = ((Number) r[4]).longValue();
            return new RuleVersionOutcomes((String) r[0], ((Number) r[1]).intValue(), appeals,
                    ((Number) r[3]).longValue(), overturned, (double) overturned / appeals);
        }).toList();
    }
}
