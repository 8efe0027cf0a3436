package dev.livecommerce.governance.ip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Identifies a request's content, so an Idempotency-Key reused for a different request is caught. */
final class RequestHash {

    private RequestHash() {
    }

    static String of(Object... parts) {
        String canonical = Arrays.stream(parts).map(RequestHash::canonical)
                .collect(Collectors.joining("\u0000"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String canonical(Object part) {
        if (part instanceof List<?> list) {
            return list.stream().map(Objects::toString).collect(Collectors.joining("\u0001", "[", "]"));
        }
        return Objects.toString(part);
    }
}
