package dev.livecommerce.governance.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an uploaded picture with the decoder of the media type it was declared as, so a file that is not what it
 * claims to be is refused rather than guessed. The dimensions are read from the header first: a small file that
 * unpacks into a huge bitmap (a decompression bomb) is refused before any pixel is allocated. Large pictures are
 * decoded subsampled to about {@link #SIDE_MIN} pixels on their short side: the hash averages 32x32 cells anyway, and
 * the bitmap of a 12-megapixel photo shrinks from 36 MB to under 2 MB.
 */
public final class ImageDecoder {

    public static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");
    static final int SIDE_MIN = 512;

    private final long pixelsMax;

    public ImageDecoder(long pixelsMax) {
        this.pixelsMax = pixelsMax;
    }

    /** Why an upload cannot be fingerprinted, in words for the uploader. */
    public static final class UnreadableImageException extends Exception {

        UnreadableImageException(String reason) {
            super(reason, null, false, false);
        }
    }

    public BufferedImage decode(byte[] bytes, String mediaType) throws UnreadableImageException {
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("unsupported media type " + mediaType);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(mediaType, in);
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > pixelsMax) {
                    throw new UnreadableImageException("the picture is " + width + "x" + height
                            + " pixels; at most " + pixelsMax + " pixels are accepted");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.min(width, height) / SIDE_MIN);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new UnreadableImageException("the " + mediaType + " data holds no picture");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports corrupt data as IIOException, and some truncated files as runtime exceptions.
            throw new UnreadableImageException("the body is not a readable " + mediaType + " picture ("
                    + describe(e) + ")");
        }
    }

    private static ImageReader readerFor(String mediaType, ImageInputStream in) throws UnreadableImageException {
        if (in == null) {
            throw new UnreadableImageException("the body cannot be read as a picture");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no decoder for " + mediaType);
        }
        return readers.next();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
