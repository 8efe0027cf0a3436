package dev.livecommerce.governance.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-index hashing of 64-bit perceptual hashes, so that "every stored hash within Hamming distance d" is a few
 * index lookups rather than a scan of every fingerprint.
 *
 * <p>
 * The hash is cut into 4 bands of 16 bits, each stored in its own indexed column. Two hashes that differ in at most
 * d bits differ, by pigeonhole, in at most floor(d / 4) bits of at least one band. So a query probes, in every band,
 * each 16-bit value within floor(d / 4) bits of its own band value (for the default d = 8: radius 2, 1 + 16 + 120 =
 * 137 values per band, 548 in all, as {@code = any(array)} lookups PostgreSQL answers with a bitmap of four index
 * scans) and checks the exact distance only on the rows found. This finds every match: it is exact, not approximate.
 *
 * <p>
 * Why not the alternatives: 8 bands of 8 bits with exact band equality only guarantee d &lt;= 7, and each of the 256
 * values of a band holds 1/256 of all rows, so a query reads about 3% of the table; a BK-tree lives in memory,
 * must be rebuilt on every instance and kept in step with the database. With 16-bit bands and uniformly spread
 * hashes a query reads about 548 / 65536 of the rows (under 1%), and the cost grows with the number of stored
 * fingerprints by that factor. Limits: perceptual hashes are not uniform (plain white product shots share many
 * low-frequency bits), so crowded band values make some queries read more rows than the average; and the probe count
 * grows as the sum of C(16, i) for i up to d / 4 (697 per band at d = 12..15), which is why the configured distance is
 * capped at {@link #DISTANCE_MAX}.
 */
public final class HashBands {

    public static final int BANDS = 4;
    public static final int BAND_BITS = 16;
    public static final int DISTANCE_MAX = 15;
    private static final int BAND_MASK = (1 << BAND_BITS) - 1;

    private HashBands() {
    }

    /** Band {@code index} of the hash, band 0 being its most significant 16 bits. */
    public static int band(long hash, int index) {
        return (int) (hash >>> (BAND_BITS * (BANDS - 1 - index))) & BAND_MASK;
    }

    /** Every band value a stored hash within {@code distance} of {@code hash} may have in band {@code index}. */
    public static int[] probes(long hash, int index, int distance) {
        if (distance < 0 || distance > DISTANCE_MAX) {
            throw new IllegalArgumentException("distance must be 0.." + DISTANCE_MAX + ", not " + distance);
        }
        int value = band(hash, index);
        int radius = distance / BANDS;
        List<Integer> found = new ArrayList<>();
        flip(value, 0, radius, found);
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Adds {@code value} and every value made from it by flipping up to {@code left} bits at positions >= from. */
    private static void flip(int value, int from, int left, List<Integer> found) {
        found.add(value);
        if (left == 0) {
            return;
        }
        for (int bit = from; bit < BAND_BITS; bit++) {
            flip(value ^ (1 << bit), bit + 1, left - 1, found);
        }
    }
}
