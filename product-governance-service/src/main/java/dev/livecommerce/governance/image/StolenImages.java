package dev.livecommerce.governance.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The stolen-image check the listing review calls: which of a listing's pictures copy an earlier picture of another
 * owner (another merchant or a rights holder's registered original).
 */
@ApplicationScoped
public class StolenImages {

    /** More pictures than any listing shows; bounds the lookups one review can cause. */
    public static final int IMAGES_MAX = 50;

    private final ImageMatches matches;

    StolenImages(ImageMatches matches) {
        this.matches = matches;
    }

    /**
     * The findings for a listing's pictures, in the order given, one per stolen picture.
     *
     * <p>
     * A picture the merchant uploaded is stolen when an earlier picture of another owner is within the match distance
     * (governance.images.match-distance-max); the finding names the earliest such picture, the original. A picture
     * the listing uses but another owner uploaded is stolen as it stands: its original is the earliest picture of
     * another owner near it, itself at the latest. Unknown ids are skipped: attaching pictures checks they exist.
     * Runs in the caller's transaction when there is one (the review's), otherwise in its own.
     *
     * @param imageIds the listing's picture ids, at most {@link #IMAGES_MAX}
     * @param merchantId the listing's merchant
     */
    @Transactional
    public List<StolenImageFinding> findIn(List<UUID> imageIds, String merchantId) {
        if (imageIds.size() > IMAGES_MAX) {
            throw new IllegalArgumentException("at most " + IMAGES_MAX + " pictures per listing, not "
                    + imageIds.size());
        }
        ImageOwner merchant = ImageOwner.merchant(merchantId);
        List<StolenImageFinding> findings = new ArrayList<>();
        for (UUID imageId : new LinkedHashSet<>(imageIds)) {
            ImageFingerprint image = ImageFingerprint.findById(imageId);
            if (image == null) {
                continue;
            }
            Optional<ImageMatch> original = matches.earliestOfAnotherOwner(image.phash, merchant, image.registeredAt);
            if (original.isEmpty() && !merchant.equals(image.owner())) {
                original = Optional.of(new ImageMatch(image.id, image.ownerKind, image.ownerId, image.registeredAt, 0));
            }
            original.ifPresent(match -> findings.add(finding(image, match)));
        }
        return findings;
    }

    private static StolenImageFinding finding(ImageFingerprint image, ImageMatch original) {
        return new StolenImageFinding(image.id, original.imageId(), original.ownerKind(), original.ownerId(),
                original.registeredAt(), original.distance());
    }
}
