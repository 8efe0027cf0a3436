package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.livecommerce.governance.review.DecidedBy;
import dev.livecommerce.governance.review.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One decision on one revision of a listing, with the findings behind it. */
@Entity
@Table(name = "listing_review")
public class ListingReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false)
    public DecidedBy decidedBy;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Column(name = "reviewer_note")
    public String reviewerNote;

    @Column(name = "decided_at", nullable = false)
    public OffsetDateTime decidedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("field, startOffset, id")
    public List<ListingViolation> violations = new ArrayList<>();
}
