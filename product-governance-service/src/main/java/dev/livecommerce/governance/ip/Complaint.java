package dev.livecommerce.governance.ip;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.livecommerce.governance.listing.ListingStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "ip_complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "rights_holder_id", nullable = false)
    public String rightsHolderId;

    @Column(name = "listing_id", nullable = false)
    public UUID listingId;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;

    @Column(name = "trademark_id")
    public UUID trademarkId;

    @Column(name = "image_id")
    public UUID imageId;

    @Column(nullable = false)
    public String statement;

    @Column(nullable = false)
    public String[] evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status;

    /** What the listing was before this complaint took it down; null when it was already down for another cause. */
    @Enumerated(EnumType.STRING)
    @Column(name = "listing_status_before")
    public ListingStatus listingStatusBefore;

    @Column(name = "upheld_at")
    public OffsetDateTime upheldAt;

    @Column(name = "counter_statement")
    public String counterStatement;

    @Column(name = "counter_evidence")
    public String[] counterEvidence;

    @Column(name = "counter_filed_at")
    public OffsetDateTime counterFiledAt;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
