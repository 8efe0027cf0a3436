package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Nearest-neighbour search over all stored fingerprints through their indexed hash bands ({@link HashBands}): the
 * bands narrow the rows to those that can be within the distance, the exact Hamming distance decides.
 */
@ApplicationScoped
public class ImageMatches {

    private final EntityManager em;
    private final ImageConfig config;

    ImageMatches(EntityManager em, ImageConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The earliest picture within the configured distance of {@code phash} that is not {@code owner}'s and was
     * registered before {@code before}: the original {@code phash} would be a copy of. Ties on the registration
     * time go to the smaller id, so the answer never depends on the plan the database picks.
     */
    public Optional<ImageMatch> earliestOfAnotherOwner(long phash, ImageOwner owner, OffsetDateTime before) {
        int distanceMax = config.matchDistanceMax();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, bit_count(cast((phash # ?5) as bit(64))) as distance
                from image_fingerprint
                where (band0 = any(cast(?1 as integer[])) or band1 = any(cast(?2 as integer[]))
                       or band2 = any(cast(?3 as integer[])) or band3 = any(cast(?4 as integer[])))
                  and bit_count(cast((phash # ?5) as bit(64))) <= ?6
                  and registered_at < ?7
                  and not (owner_kind = ?8 and owner_id = ?9)
                order by registered_at, id
                limit 1
                """)
                .setParameter(1, probes(phash, 0, distanceMax))
                .setParameter(2, probes(phash, 1, distanceMax))
                .setParameter(3, probes(phash, 2, distanceMax))
                .setParameter(4, probes(phash, 3, distanceMax))
                .setParameter(5, phash)
                .setParameter(6, distanceMax)
                .setParameter(7, before)
                .setParameter(8, owner.kind().name())
                .setParameter(9, owner.id())
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            ImageFingerprint found = ImageFingerprint.findById(row[0]);
            return new ImageMatch(found.id, found.ownerKind, found.ownerId, found.registeredAt,
                    ((Number) row[1]).intValue());
        });
    }

    /** Within the configured distance of each other. */
    public boolean near(long a, long b) {
        return PerceptualHash.distance(a, b) <= config.matchDistanceMax();
    }

    /** The probes of one band as a PostgreSQL array literal, bound as text: native queries bind arrays unevenly. */
    private static String probes(long phash, int band, int distanceMax) {
        return Arrays.stream(HashBands.probes(phash, band, distanceMax))
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "{", "}"));
    }
}
