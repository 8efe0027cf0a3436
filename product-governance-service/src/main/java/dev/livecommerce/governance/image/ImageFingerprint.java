package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored fingerprint, read through Panache. Rows are written only by {@link ImageRegistry}, whose insert also
 * fills the four indexed hash bands (columns band0..band3, not mapped here).
 */
@Entity
@Table(name = "image_fingerprint")
public class ImageFingerprint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false)
    public OwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public long phash;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "width_px", nullable = false)
    public int widthPx;

    @Column(name = "height_px", nullable = false)
    public int heightPx;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    public ImageOwner owner() {
        return new ImageOwner(ownerKind, ownerId);
    }
}
