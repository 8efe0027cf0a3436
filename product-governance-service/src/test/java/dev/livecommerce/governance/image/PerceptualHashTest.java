package dev.livecommerce.governance.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PerceptualHashTest {

    private static final int NEAR = 8;
    private static final int FAR = 20;

    private final ImageDecoder decoder = new ImageDecoder(50_000_000);
    private final BufferedImage original = Pictures.photo(42, 800, 600);
    private final long originalHash = PerceptualHash.of(original);

    @Test
    void resizedCopiesStayNear() throws Exception {
        for (int[] size : new int[][]{{400, 300}, {1200, 900}, {320, 240}, {800, 800}}) {
            BufferedImage copy = decoder.decode(Pictures.png(Pictures.resized(original, size[0], size[1])),
                    "image/png");
            assertNear(PerceptualHash.of(copy), "resized to " + size[0] + "x" + size[1]);
        }
    }

    @Test
    void aLargeCopyDecodedSubsampledStaysNear() throws Exception {
        byte[] large = Pictures.jpeg(Pictures.resized(original, 3200, 2400), 0.9f);
        assertNear(PerceptualHash.of(decoder.decode(large, "image/jpeg")), "enlarged to 3200x2400");
    }

    @Test
    void reEncodedCopiesStayNear() throws Exception {
        for (float quality : new float[]{0.95f, 0.75f, 0.5f}) {
            BufferedImage copy = decoder.decode(Pictures.jpeg(original, quality), "image/jpeg");
            assertNear(PerceptualHash.of(copy), "JPEG at quality " + quality);
        }
    }

    @Test
    void slightlyBrightenedCopiesStayNear() {
        assertNear(PerceptualHash.of(Pictures.brightened(original, 1.1)), "10% brighter");
        assertNear(PerceptualHash.of(Pictures.brightened(original, 0.9)), "10% darker");
    }

    @Test
    void aResizedReEncodedBrightenedCopyStaysNear() throws Exception {
        byte[] copy = Pictures.jpeg(Pictures.brightened(Pictures.resized(original, 600, 450), 1.08), 0.8f);
        assertNear(PerceptualHash.of(decoder.decode(copy, "image/jpeg")), "all three at once");
    }

    @Test
    void differentPhotosAreFar() {
        List<Long> hashes = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            hashes.add(PerceptualHash.of(Pictures.photo(seed, 640, 480)));
        }
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                int distance = PerceptualHash.distance(hashes.get(i), hashes.get(j));
                assertTrue(distance >= FAR, "photos " + (i + 1) + " and " + (j + 1) + " are only " + distance
                        + " bits apart");
            }
        }
    }

    @Test
    void tinyAndStretchedPicturesHashToo() {
        assertEquals(16, PerceptualHash.hex(PerceptualHash.of(Pictures.photo(7, 3, 5))).length());
        assertNear(PerceptualHash.of(Pictures.resized(original, 2000, 1500)), "enlarged");
    }

    @Test
    void hexIsTheUnsignedValueInSixteenDigits() {
        assertEquals("8000000000000001", PerceptualHash.hex(0x8000000000000001L));
        assertEquals("0000000000000000", PerceptualHash.hex(0));
    }

    private void assertNear(long hash, String what) {
        int distance = PerceptualHash.distance(originalHash, hash);
        assertTrue(distance <= NEAR, what + ": " + distance + " bits from the original");
    }
}
