package dev.livecommerce.governance.penalty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Whether a merchant's penalty level lets it publish new listings: not when SUSPENDED or TERMINATED. */
@ApplicationScoped
public class ListingEligibility {

    private final EntityManager em;

    ListingEligibility(EntityManager em) {
        this.em = em;
    }

    /**
     * Refuses a new listing from a merchant whose level forbids listing, with a 403 problem that says why. Call it
     * in the submission's transaction, before the listing is stored.
     */
    public void requireMayList(String merchantId) {
        // Scalars, not the entity: always the committed level, never a copy cached earlier in the session.
        List<Object[]> rows = em.createQuery("select s.level, s.activePoints from MerchantStanding s "
                + "where s.merchantId = ?1", Object[].class)
                .setParameter(1, merchantId)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        PenaltyLevel level = (PenaltyLevel) rows.get(0)[0];
        if (level.forbidsListing()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "listing-forbidden-by-penalty",
                    "Merchant " + merchantId + " is " + level + " (" + rows.get(0)[1] + " active violation "
                            + "points): new listings are refused at SUSPENDED and above until points expire or an "
                            + "appeal is overturned"));
        }
    }
}
