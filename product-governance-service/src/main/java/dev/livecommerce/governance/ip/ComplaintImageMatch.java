package dev.livecommerce.governance.ip;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A picture of the complained-about listing found to copy the rights holder's original. */
@Entity
@Table(name = "ip_image_match")
@IdClass(ComplaintImageMatch.Key.class)
public class ComplaintImageMatch extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Id
    @Column(name = "listing_image_id")
    public UUID listingImageId;

    @Column(name = "original_image_id", nullable = false)
    public UUID originalImageId;

    @Column(nullable = false)
    public int distance;

    public record Key(UUID complaintId, UUID listingImageId) implements Serializable {
    }
}
