package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored picture found near another one: whose it is, since when, and how many hash bits apart. */
public record ImageMatch(UUID imageId, OwnerKind ownerKind, String ownerId, OffsetDateTime registeredAt,
        int distance) {
}
