package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "listing")
public class Listing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(name = "price_fen", nullable = false)
    public long priceFen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ListingStatus status;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    /** 1 for the first submission, +1 for each edit. */
    @Column(nullable = false)
    public int revision = 1;

    /** The decision in force: null until the first review. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_review_id")
    public ListingReview currentReview;
}
