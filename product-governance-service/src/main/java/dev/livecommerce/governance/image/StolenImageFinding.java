package dev.livecommerce.governance.image;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One picture of a listing that copies an earlier picture of someone else: the evidence of a STOLEN_IMAGE
 * violation.
 */
public record StolenImageFinding(UUID imageId, UUID originalImageId, OwnerKind originalOwnerKind,
        String originalOwnerId, OffsetDateTime originalRegisteredAt, int distance) {
}
