package dev.livecommerce.governance.image;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "governance.images")
public interface ImageConfig {

    /**
     * Largest Hamming distance between two perceptual hashes still taken as the same picture. 8 of 64 bits keeps
     * resized, re-encoded and retouched copies together while unrelated photos sit around 32 apart.
     */
    @WithDefault("8")
    @Min(0)
    @Max(HashBands.DISTANCE_MAX)
    int matchDistanceMax();

    /** Largest accepted upload. */
    @WithDefault("5242880")
    @Positive
    int sizeBytesMax();

    /** Largest accepted picture, width times height, checked from the header before decoding. */
    @WithDefault("50000000")
    @Positive
    long pixelsMax();
}
