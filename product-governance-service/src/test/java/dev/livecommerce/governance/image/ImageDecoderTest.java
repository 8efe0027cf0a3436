package dev.livecommerce.governance.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.image.ImageDecoder.UnreadableImageException;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(1_000_000);

    @Test
    void readsPngAndJpeg() throws Exception {
        assertEquals(120, decoder.decode(Pictures.png(Pictures.photo(1, 120, 90)), "image/png").getWidth());
        assertEquals(90, decoder.decode(Pictures.jpeg(Pictures.photo(1, 120, 90), 0.8f), "image/jpeg").getHeight());
    }

    @Test
    void aPictureThatIsNotWhatItClaimsIsRefused() {
        byte[] png = Pictures.png(Pictures.photo(1, 60, 40));
        UnreadableImageException e = assertThrows(UnreadableImageException.class,
                () -> decoder.decode(png, "image/jpeg"));
        assertTrue(e.getMessage().contains("image/jpeg"), e.getMessage());
    }

    @Test
    void truncatedOrForeignBytesAreRefused() {
        byte[] jpeg = Pictures.jpeg(Pictures.photo(2, 200, 200), 0.9f);
        assertThrows(UnreadableImageException.class,
                () -> decoder.decode(Arrays.copyOf(jpeg, 40), "image/jpeg"));
        assertThrows(UnreadableImageException.class,
                () -> decoder.decode("GIF89a not really".getBytes(), "image/png"));
        assertThrows(UnreadableImageException.class, () -> decoder.decode(new byte[0], "image/png"));
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeader() {
        byte[] large = Pictures.png(Pictures.photo(3, 1100, 1000));
        UnreadableImageException e = assertThrows(UnreadableImageException.class,
                () -> decoder.decode(large, "image/png"));
        assertTrue(e.getMessage().contains("1100x1000"), e.getMessage());
    }
}
