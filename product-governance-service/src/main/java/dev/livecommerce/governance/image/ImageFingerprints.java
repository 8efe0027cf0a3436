package dev.livecommerce.governance.image;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.livecommerce.governance.image.ImageDecoder.UnreadableImageException;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turns uploaded bytes into a fingerprint, outside any transaction: decoding a large photo takes a tenth of a second
 * and must not hold a database connection. Refusals say exactly why.
 */
@ApplicationScoped
public class ImageFingerprints {

    private final ImageConfig config;
    private final ImageDecoder decoder;
    private final Timer timer;

    ImageFingerprints(ImageConfig config, MeterRegistry meters) {
        this.config = config;
        this.decoder = new ImageDecoder(config.pixelsMax());
        this.timer = Timer.builder("governance.images.fingerprint")
                .description("Time to decode an uploaded picture and compute its perceptual hash")
                .register(meters);
    }

    public Fingerprint of(String contentType, byte[] bytes) {
        String mediaType = mediaTypeOf(contentType);
        if (bytes == null || bytes.length == 0) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "unreadable-image",
                    "The body is empty; send the picture's bytes"));
        }
        if (bytes.length > config.sizeBytesMax()) {
            throw new ProblemException(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "image-too-large",
                    "The picture is " + bytes.length + " bytes; at most " + config.sizeBytesMax() + " are accepted"));
        }
        return timer.record(() -> {
            BufferedImage image;
            try {
                image = decoder.decode(bytes, mediaType);
            } catch (UnreadableImageException e) {
                throw new ProblemException(Problem.of(422, "Unprocessable Content", "unreadable-image",
                        "The picture cannot be fingerprinted: " + e.getMessage()));
            }
            return new Fingerprint(sha256(bytes), PerceptualHash.of(image), mediaType, image.getWidth(),
                    image.getHeight(), bytes.length);
        });
    }

    private static String mediaTypeOf(String contentType) {
        String mediaType = contentType == null
                ? ""
                : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!ImageDecoder.MEDIA_TYPES.contains(mediaType)) {
            throw new ProblemException(Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content-Type must be image/png or image/jpeg, not '" + (contentType == null ? "" : contentType)
                            + "'"));
        }
        return mediaType;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
