package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A listing decision as listing-reviewed announced it, kept when it can carry points or be appealed. */
@Entity
@Table(name = "penalty_review")
public class PenaltyReview extends PanacheEntityBase {

    @Id
    @Column(name = "review_id")
    public UUID reviewId;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false)
    public DecidedBy decidedBy;

    @Column(name = "reviewed_at", nullable = false)
    public OffsetDateTime reviewedAt;

    /** When the violation was first flagged: reviewedAt, or for a reviewer's decision the first MANUAL_REVIEW time. */
    @Column(name = "flagged_at", nullable = false)
    public OffsetDateTime flaggedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
