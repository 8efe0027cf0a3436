package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/** Stores fingerprints, once per owner and exact content, and tells an uploader whose original it copied. */
@ApplicationScoped
public class ImageRegistry {

    private final EntityManager em;
    private final ImageMatches matches;
    private final MeterRegistry meters;

    ImageRegistry(EntityManager em, ImageMatches matches, MeterRegistry meters) {
        this.em = em;
        this.matches = matches;
        this.meters = meters;
    }

    /** The answer to an upload, and whether it created the record or found the one the same bytes made before. */
    public record Registration(RegisteredImage image, boolean created) {
    }

    @Transactional
    public Registration register(ImageOwner owner, Fingerprint fingerprint) {
        UUID id = UUID.randomUUID();
        // Microseconds: what PostgreSQL keeps, so the time answered now equals the time read back later.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long phash = fingerprint.phash();
        int inserted = em.createNativeQuery("""
                insert into image_fingerprint (id, owner_kind, owner_id, sha256, phash, band0, band1, band2, band3,
                                               media_type, width_px, height_px, size_bytes, registered_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                on conflict (owner_kind, owner_id, sha256) do nothing
                """)
                .setParameter(1, id)
                .setParameter(2, owner.kind().name())
                .setParameter(3, owner.id())
                .setParameter(4, fingerprint.sha256())
                .setParameter(5, phash)
                .setParameter(6, HashBands.band(phash, 0))
                .setParameter(7, HashBands.band(phash, 1))
                .setParameter(8, HashBands.band(phash, 2))
                .setParameter(9, HashBands.band(phash, 3))
                .setParameter(10, fingerprint.mediaType())
                .setParameter(11, fingerprint.widthPx())
                .setParameter(12, fingerprint.heightPx())
                .setParameter(13, fingerprint.sizeBytes())
                .setParameter(14, now)
                .executeUpdate();
        ImageFingerprint image = inserted == 1
                ? ImageFingerprint.findById(id)
                : ImageFingerprint.<ImageFingerprint>find("ownerKind = ?1 and ownerId = ?2 and sha256 = ?3",
                        owner.kind(), owner.id(), fingerprint.sha256()).singleResult();
        RegisteredImage answer = view(image);
        if (inserted == 1) {
            meters.counter("governance.images.registered", "owner_kind", owner.kind().name(), "copy",
                    Boolean.toString(answer.originalOf() != null)).increment();
        }
        return new Registration(answer, inserted == 1);
    }

    @Transactional
    public Optional<RegisteredImage> find(UUID imageId) {
        return ImageFingerprint.<ImageFingerprint>findByIdOptional(imageId).map(this::view);
    }

    /**
     * The original is looked up on every read, not frozen at upload: two owners uploading the same picture at the
     * same moment cannot see each other's uncommitted row, and a later read still names the earlier one.
     */
    private RegisteredImage view(ImageFingerprint image) {
        return RegisteredImage.of(image, matches.earliestOfAnotherOwner(image.phash, image.owner(), image.registeredAt)
                .map(RegisteredImage.OriginalOf::of)
                .orElse(null));
    }
}
