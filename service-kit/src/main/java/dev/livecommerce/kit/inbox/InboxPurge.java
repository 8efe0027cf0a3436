package dev.livecommerce.kit.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets applied event ids older than the dedup window. The window must exceed the topics' retention, or a replay
 * from the earliest offset could apply an old event twice.
 */
@ApplicationScoped
public class InboxPurge {

    private final EntityManager em;
    private final int retentionDays;
    private final int batchMax;

    InboxPurge(EntityManager em,
            @ConfigProperty(name = "suite.inbox.retention-days", defaultValue = "30") int retentionDays,
            @ConfigProperty(name = "suite.inbox.purge-batch-max", defaultValue = "10000") int batchMax) {
        this.em = em;
        this.retentionDays = retentionDays;
        this.batchMax = batchMax;
    }

    @Scheduled(every = "${suite.inbox.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("""
                delete from inbox_event where ctid in (
                    select ctid from inbox_event where received_at < now() - make_interval(days => ?1) limit ?2)
                """)
                .setParameter(1, retentionDays)
                .setParameter(2, batchMax)
                .executeUpdate();
    }
}
