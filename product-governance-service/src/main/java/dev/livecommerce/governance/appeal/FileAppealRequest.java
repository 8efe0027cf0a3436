package dev.livecommerce.governance.appeal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A merchant's appeal: what it contests, why, and the evidence (up to 10 pieces). */
public record FileAppealRequest(
        @NotNull AppealTargetType targetType,
        @NotNull UUID targetId,
        @NotBlank @Size(max = 2000) String statement,
        @Size(max = 10) List<@Valid @NotNull Evidence> evidence) {

    public FileAppealRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Identifies the request's content, so that a reused idempotency key with another body is caught. */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder()
                .append(targetType).append('\u0000').append(targetId).append('\u0000').append(statement);
        for (Evidence e : evidence) {
            canonical.append('\u0000').append(e.url()).append('\u0001').append(e.note());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
