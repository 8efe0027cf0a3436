package dev.livecommerce.governance.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class HashBandsTest {

    @Test
    void bandsCutTheHashFromItsMostSignificantBits() {
        long hash = 0x1234_5678_9abc_def0L;
        assertEquals(0x1234, HashBands.band(hash, 0));
        assertEquals(0x5678, HashBands.band(hash, 1));
        assertEquals(0x9abc, HashBands.band(hash, 2));
        assertEquals(0xdef0, HashBands.band(hash, 3));
    }

    @Test
    void theDefaultDistanceProbesEveryValueWithinTwoBitsOnce() {
        int[] probes = HashBands.probes(0xffff_0000_0000_0000L, 0, 8);
        assertEquals(1 + 16 + 120, probes.length);
        assertEquals(probes.length, Arrays.stream(probes).distinct().count());
        assertTrue(Arrays.stream(probes).allMatch(p -> Integer.bitCount(p ^ 0xffff) <= 2));
        assertEquals(1, HashBands.probes(0, 0, 3).length, "below 4 bits an exact band match is enough");
    }

    /** The pigeonhole guarantee, tried on many random pairs at every distance up to the limit. */
    @Test
    void everyHashWithinTheDistanceIsReachedThroughSomeBand() {
        Random random = new Random(7);
        for (int distance = 0; distance <= HashBands.DISTANCE_MAX; distance++) {
            for (int trial = 0; trial < 2_000; trial++) {
                long query = random.nextLong();
                long stored = query;
                while (Long.bitCount(stored ^ query) < distance) {
                    stored ^= 1L << random.nextInt(64);
                }
                assertTrue(reachable(query, stored, distance), "missed a hash " + distance + " bits away");
            }
        }
    }

    @Test
    void distancesBeyondTheLimitAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> HashBands.probes(0, 0, HashBands.DISTANCE_MAX + 1));
    }

    private static boolean reachable(long query, long stored, int distance) {
        for (int band = 0; band < HashBands.BANDS; band++) {
            int value = HashBands.band(stored, band);
            if (Arrays.stream(HashBands.probes(query, band, distance)).anyMatch(p -> p == value)) {
                return true;
            }
        }
        return false;
    }
}
