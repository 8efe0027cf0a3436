package dev.livecommerce.kit.outbox;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The relay's queries. Callers own the transaction. */
@ApplicationScoped
public class OutboxStore {

    /** Arbitrary but fixed: one relay per service database publishes at a time, which keeps per-key order. */
    private static final long RELAY_LOCK_ID = 0x6f7574626f78L;

    private final EntityManager em;

    OutboxStore(EntityManager em) {
        this.em = em;
    }

    /** Takes the relay lock until the end of the current transaction; false when another instance holds it. */
    boolean tryLockRelay() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_ID)
                .getSingleResult();
    }

    List<OutboxEvent> pending(int limit) {
        return em.createQuery("from OutboxEvent where publishedAt is null order by position", OutboxEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }

    void markPublished(List<OutboxEvent> events, OffsetDateTime at) {
        if (events.isEmpty()) {
            return;
        }
        em.createQuery("update OutboxEvent set publishedAt = :at where position in :positions")
                .setParameter("at", at)
                .setParameter("positions", events.stream().map(e -> e.position).toList())
                .executeUpdate();
    }

    long countPending() {
        return em.createQuery("select count(*) from OutboxEvent where publishedAt is null", Long.class)
                .getSingleResult();
    }

    int purgePublishedBefore(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("""
                delete from outbox_event where position in (
                    select position from outbox_event where published_at < ?1 order by position limit ?2)
                """)
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }
}
