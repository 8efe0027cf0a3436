package dev.livecommerce.governance.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.livecommerce.governance.listing.ListingReview;

/** Keeps what shadow rules would have done, beside the decision actually taken; callers own the transaction. */
@ApplicationScoped
public class ShadowRecorder {

    private static final int EVIDENCE_CHARS_MAX = 500;

    private final EntityManager em;

    ShadowRecorder(EntityManager em) {
        this.em = em;
    }

    public void record(ListingReview review, List<ShadowFinding> findings) {
        for (ShadowFinding finding : findings) {
            String evidence = finding.evidence() == null || finding.evidence().length() <= EVIDENCE_CHARS_MAX
                    ? finding.evidence()
                    : finding.evidence().substring(0, EVIDENCE_CHARS_MAX);
            em.createNativeQuery("""
                    insert into shadow_evaluation (review_id, rule_id, rule_version, listing_id, fired, action,
                                                   evidence, live_outcome, evaluated_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    on conflict do nothing
                    """)
                    .setParameter(1, review.id)
                    .setParameter(2, finding.rule().id())
                    .setParameter(3, finding.rule().version())
                    .setParameter(4, review.listingId)
                    .setParameter(5, finding.fired())
                    .setParameter(6, finding.fired() ? finding.action() : null)
                    .setParameter(7, evidence)
                    .setParameter(8, review.outcome.name())
                    .setParameter(9, review.decidedAt)
                    .executeUpdate();
        }
    }
}
