package dev.livecommerce.governance.listing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A merchant's new listing. Limits match the listing-submitted contract. */
public record SubmitListingRequest(
        @NotBlank @Size(max = 120) String title,
        @NotNull @Size(max = 5000) String description,
        @NotNull Category category,
        @NotNull @PositiveOrZero @Max(100_000_000_000L) Long priceFen) {

    /** Identifies the request's content, so a reused idempotency key with another body is caught. */
    String fingerprint() {
        String canonical = String.join("\u0000", title, description, category.name(), priceFen.toString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
