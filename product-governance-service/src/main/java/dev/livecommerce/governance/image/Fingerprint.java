package dev.livecommerce.governance.image;

/** What is kept of an uploaded picture: its exact digest, its perceptual hash and its shape. */
public record Fingerprint(String sha256, long phash, String mediaType, int widthPx, int heightPx, int sizeBytes) {
}
