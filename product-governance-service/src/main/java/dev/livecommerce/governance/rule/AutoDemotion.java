package dev.livecommerce.governance.rule;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Moves live rule versions whose decisions are overturned on appeal too often back to SHADOW: they keep being
 * evaluated and reported but decide nothing until an operator publishes a fixed version. The rule-changed event
 * (change AUTO_DEMOTED) tells operators and every instance.
 */
@ApplicationScoped
public class AutoDemotion {

    private static final Logger LOG = Logger.getLogger(AutoDemotion.class);

    private final EntityManager em;
    private final RuleService rules;
    private final OverturnPolicy policy;

    AutoDemotion(EntityManager em, RuleService rules,
            @ConfigProperty(name = "governance.rules.demotion.overturn-rate-max", defaultValue = "0.3") double rateMax,
            @ConfigProperty(name = "governance.rules.demotion.appeals-min", defaultValue = "10") long appealsMin) {
        this.em = em;
        this.rules = rules;
        this.policy = new OverturnPolicy(rateMax, appealsMin);
    }

    @Scheduled(every = "${governance.rules.demotion.interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void demoteMisjudgingRules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select r.id, r.version, count(o.appeal_id), count(o.appeal_id) filter (where o.outcome = 'OVERTURNED')
                from rule r join rule_appeal_outcome o on o.rule_id = r.id and o.rule_version = r.version
                where r.status = 'LIVE'
                group by r.id, r.version
                """).getResultList();
        for (Object[] row : rows) {
            long appeals = ((Number) row[2]).longValue();
            long overturned = ((Number) row[3]).longValue();
            if (policy.demotes(appeals, overturned)) {
                String reason = policy.reason(appeals, overturned);
                rules.demoteToShadow((String) row[0], ((Number) row[1]).intValue(), reason);
                LOG.warnf("rule %s version %s demoted to SHADOW: %s", row[0], row[1], reason);
            }
        }
    }
}
