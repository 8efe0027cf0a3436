package dev.livecommerce.governance.replay;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** How the latest decided appeal against a listing's decisions ended; callers own the transaction. */
@ApplicationScoped
public class AppealOutcomes {

    private final EntityManager em;

    AppealOutcomes(EntityManager em) {
        this.em = em;
    }

    /** true: overturned; false: upheld; null: no decided appeal against the listing's decisions. */
    public Boolean overturned(UUID listingId) {
        @SuppressWarnings("unchecked")
        List<String> statuses = em.createNativeQuery("""
                select status from appeal
                where listing_id = ?1 and status in ('UPHELD', 'OVERTURNED')
                order by decided_at desc limit 1
                """).setParameter(1, listingId).getResultList();
        return statuses.isEmpty() ? null : statuses.get(0).equals("OVERTURNED");
    }
}
