package dev.livecommerce.governance.listing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.Violation;
import dev.livecommerce.governance.review.ViolationType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "listing_violation")
public class ListingViolation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    public ListingReview review;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ViolationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public int points;

    public String field;

    @Column(name = "start_offset")
    public Integer startOffset;

    @Column(name = "end_offset")
    public Integer endOffset;

    @Column(name = "matched_text")
    public String matchedText;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    static ListingViolation of(ListingReview review, Violation v) {
        ListingViolation row = new ListingViolation();
        row.review = review;
        row.listingId = review.listingId;
        row.ruleId = v.ruleId();
        row.ruleVersion = v.ruleVersion();
        row.type = v.type();
        row.severity = v.severity();
        row.points = v.points();
        row.field = v.field();
        row.startOffset = v.start();
        row.endOffset = v.end();
        row.matchedText = v.matchedText();
        row.legalBasis = v.legalBasis();
        return row;
    }

    public Violation toViolation() {
        return new Violation(ruleId, ruleVersion, type, severity, points, field, startOffset, endOffset, matchedText,
                legalBasis);
    }
}
