package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A registered picture as its uploader sees it. {@code originalOf} names the earlier picture of another owner this
 * one is a copy of, absent when there is none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegisteredImage(UUID imageId, String phash, String sha256, OwnerKind ownerKind, String ownerId,
        String mediaType, int widthPx, int heightPx, OffsetDateTime registeredAt, OriginalOf originalOf) {

    /** The earliest picture of another owner within the match distance: the original. */
    public record OriginalOf(UUID imageId, OwnerKind ownerKind, String ownerId, OffsetDateTime registeredAt,
            int distance) {

        static OriginalOf of(ImageMatch match) {
            return new OriginalOf(match.imageId(), match.ownerKind(), match.ownerId(), match.registeredAt(),
                    match.distance());
        }
    }

    static RegisteredImage of(ImageFingerprint image, OriginalOf originalOf) {
        return new RegisteredImage(image.id, PerceptualHash.hex(image.phash), image.sha256, image.ownerKind,
                image.ownerId, image.mediaType, image.widthPx, image.heightPx, image.registeredAt, originalOf);
    }
}
