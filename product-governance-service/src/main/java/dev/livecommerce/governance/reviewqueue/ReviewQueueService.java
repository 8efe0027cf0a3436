package dev.livecommerce.governance.reviewqueue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.governance.listing.ListingReview;
import dev.livecommerce.governance.review.Outcome;
import dev.livecommerce.governance.review.ReviewService;
import dev.livecommerce.governance.review.ReviewSupersededException;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * The human review queue. Every change of an item happens under that item's row lock, so a claim, a renewal and a
 * decision on one item never interleave; claiming the next item skips rows another reviewer is claiming, so two
 * reviewers never get the same one.
 */
@ApplicationScoped
public class ReviewQueueService {

    private final LeaseCheck leases = new LeaseCheck();
    private final EntityManager em;
    private final ReviewService reviews;
    private final ReviewQueueConfig config;
    private final ReviewQueueMetrics metrics;

    ReviewQueueService(EntityManager em, ReviewService reviews, ReviewQueueConfig config,
            ReviewQueueMetrics metrics) {
        this.em = em;
        this.reviews = reviews;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Applies listing-reviewed events in order: a MANUAL_REVIEW decision becomes an item (once, however often it is
     * delivered); any decision supersedes the listing's items queued before it for another decision. Most listings
     * never had an item, so one query finds those that have open ones and only their events look for items to
     * supersede.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onListingsReviewed(List<ListingReviewed> batch) {
        Set<UUID> withOpenItems = new HashSet<>(em.createQuery("""
                select distinct listingId from ReviewQueueItem where status = ?1 and listingId in ?2
                """, UUID.class)
                .setParameter(1, QueueItemStatus.OPEN)
                .setParameter(2, batch.stream().map(ListingReviewed::listingId).distinct().toList())
                .getResultList());
        for (ListingReviewed reviewed : batch) {
            if (withOpenItems.contains(reviewed.listingId())) {
                supersedeEarlierItems(reviewed);
            }
            if (queue(reviewed)) {
                withOpenItems.add(reviewed.listingId());
            }
        }
    }

    private void supersedeEarlierItems(ListingReviewed reviewed) {
        em.createQuery("""
                update ReviewQueueItem set status = ?1, closedAt = ?2
                where listingId = ?3 and status = ?4 and reviewId <> ?5 and queuedAt <= ?6
                """)
                .setParameter(1, QueueItemStatus.SUPERSEDED)
                .setParameter(2, now())
                .setParameter(3, reviewed.listingId())
                .setParameter(4, QueueItemStatus.OPEN)
                .setParameter(5, reviewed.reviewId())
                .setParameter(6, reviewed.reviewedAt())
                .executeUpdate();
    }

    /** Queues a MANUAL_REVIEW decision not queued before; true when it did. */
    private boolean queue(ListingReviewed reviewed) {
        if (reviewed.outcome() != Outcome.MANUAL_REVIEW
                || ReviewQueueItem.count("listingId = ?1 and reviewId = ?2", reviewed.listingId(),
                        reviewed.reviewId()) > 0) {
            return false;
        }
        ReviewQueueItem item = new ReviewQueueItem();
        item.id = UUID.randomUUID();
        item.listingId = reviewed.listingId();
        item.reviewId = reviewed.reviewId();
        item.revision = reviewed.revision();
        item.merchantId = reviewed.merchantId();
        item.reasons = reviewed.violations();
        item.queuedAt = reviewed.reviewedAt();
        item.status = QueueItemStatus.OPEN;
        item.persist();
        return true;
    }

    /** Open items, oldest first. */
    @Transactional
    public List<QueueItemView> open(int limit) {
        OffsetDateTime now = now();
        return ReviewQueueItem.<ReviewQueueItem>find("status = ?1 order by queuedAt, id", QueueItemStatus.OPEN)
                .page(0, limit).list().stream().map(item -> QueueItemView.of(item, now)).toList();
    }

    @Transactional
    public Optional<QueueItemView> find(UUID itemId) {
        return ReviewQueueItem.<ReviewQueueItem>findByIdOptional(itemId).map(item -> QueueItemView.of(item, now()));
    }

    /** Claims the oldest item nobody holds (or whose lease ran out); empty when there is none. */
    @Transactional
    public Optional<QueueItemView> claimNext(String reviewerId) {
        OffsetDateTime now = now();
        // SKIP LOCKED: a row another reviewer is claiming right now is passed over, not waited for and not shared.
        @SuppressWarnings("unchecked")
        List<ReviewQueueItem> free = em.createNativeQuery("""
                select * from review_queue_item
                where status = 'OPEN' and (lease_expires_at is null or lease_expires_at <= ?1)
                order by queued_at, id
                limit 1
                for update skip locked
                """, ReviewQueueItem.class)
                .setParameter(1, now)
                .getResultList();
        return free.stream().findFirst().map(item -> {
            item.grantLease(reviewerId, now, config.leaseSeconds());
            return QueueItemView.of(item, now);
        });
    }

    @Transactional
    public QueueItemView claim(UUID itemId, String reviewerId) {
        OffsetDateTime now = now();
        ReviewQueueItem item = locked(itemId);
        refuseIf(leases.toClaim(item.lease(), reviewerId, now));
        item.grantLease(reviewerId, now, config.leaseSeconds());
        return QueueItemView.of(item, now);
    }

    @Transactional
    public QueueItemView renew(UUID itemId, String reviewerId) {
        OffsetDateTime now = now();
        ReviewQueueItem item = locked(itemId);
        refuseIf(leases.toRenew(item.lease(), reviewerId, now));
        item.grantLease(reviewerId, now, config.leaseSeconds());
        return QueueItemView.of(item, now);
    }

    @Transactional
    public QueueItemView release(UUID itemId, String reviewerId) {
        ReviewQueueItem item = locked(itemId);
        refuseIf(leases.toRelease(item.lease(), reviewerId));
        item.releaseLease();
        return QueueItemView.of(item, now());
    }

    /**
     * Records the reviewer's decision as a new listing review (and its listing-reviewed event) and closes the item,
     * all in one transaction. Repeating the same decision returns the recorded one. When the listing no longer waits
     * for the item's review (decided or edited since), the decision is refused and the item is closed as
     * SUPERSEDED: the event that would have closed it may never reach the queue.
     */
    @Transactional(dontRollbackOn = ReviewSupersededException.class)
    public QueueItemView decide(UUID itemId, String reviewerId, Verdict verdict, String note) {
        OffsetDateTime now = now();
        ReviewQueueItem item = locked(itemId);
        if (item.status == QueueItemStatus.DECIDED && reviewerId.equals(item.decidedBy) && verdict == item.verdict) {
            return QueueItemView.of(item, now);
        }
        refuseIf(leases.toDecide(item.lease(), reviewerId, now));
        ListingReview review;
        try {
            review = reviews.recordReviewerDecision(item.listingId, item.reviewId, verdict.outcome(), reviewerId,
                    note);
        } catch (ReviewSupersededException e) {
            item.supersede(now);
            throw e;
        }
        item.status = QueueItemStatus.DECIDED;
        item.verdict = verdict;
        item.decisionNote = note;
        item.decidedBy = reviewerId;
        item.decidedAt = now;
        item.decisionReviewId = review.id;
        item.closedAt = now;
        item.releaseLease();
        metrics.recordDecisionOnCommit(item.queuedAt, now);
        return QueueItemView.of(item, now);
    }

    private static ReviewQueueItem locked(UUID itemId) {
        ReviewQueueItem item = ReviewQueueItem.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw ProblemException.notFound("Review queue item " + itemId);
        }
        return item;
    }

    private static void refuseIf(Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw new ProblemException(Problem.of(409, "Conflict", r.slug(), r.detail()));
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
