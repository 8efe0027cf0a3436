package dev.livecommerce.governance.listing;

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
    @JoinColumn(name = "listing_id")
    public Listing listing;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ViolationType type;

    @Column(nullable = false)
    public String field;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "matched_text", nullable = false)
    public String matchedText;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    static ListingViolation of(Listing listing, Violation v) {
        ListingViolation row = new ListingViolation();
        row.listing = listing;
        row.ruleId = v.ruleId();
        row.ruleVersion = v.ruleVersion();
        row.type = v.type();
        row.field = v.field();
        row.startOffset = v.start();
        row.endOffset = v.end();
        row.matchedText = v.matchedText();
        row.legalBasis = v.legalBasis();
        return row;
    }

    Violation toViolation() {
        return new Violation(ruleId, ruleVersion, type, field, startOffset, endOffset, matchedText, legalBasis);
    }
}
