package dev.livecommerce.governance.reviewqueue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.governance.review.Violation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "review_queue_item")
public class ReviewQueueItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    /** The MANUAL_REVIEW decision this item asks a reviewer to settle. */
    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    /** The findings that sent the listing to manual review, as the rules recorded them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Violation> reasons;

    /** When the rules sent the listing to manual review: the queue's age is measured from here. */
    @Column(name = "queued_at", nullable = false)
    public OffsetDateTime queuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QueueItemStatus status;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_at")
    public OffsetDateTime claimedAt;

    @Column(name = "lease_expires_at")
    public OffsetDateTime leaseExpiresAt;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The listing_review row of the reviewer's decision. */
    @Column(name = "decision_review_id")
    public UUID decisionReviewId;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public ItemLease lease() {
        return new ItemLease(status, claimedBy, leaseExpiresAt);
    }

    void grantLease(String reviewerId, OffsetDateTime now, int leaseSeconds) {
        if (!reviewerId.equals(claimedBy) || leaseExpiresAt == null || !leaseExpiresAt.isAfter(now)) {
            claimedAt = now;
        }
        claimedBy = reviewerId;
        leaseExpiresAt = now.plusSeconds(leaseSeconds);
    }

    /** Closes an open item whose review is no longer the listing's decision in force. */
    void supersede(OffsetDateTime now) {
        status = QueueItemStatus.SUPERSEDED;
        closedAt = now;
        releaseLease();
    }

    void releaseLease() {
        claimedBy = null;
        claimedAt = null;
        leaseExpiresAt = null;
    }
}
