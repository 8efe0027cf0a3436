package dev.livecommerce.governance.image;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Which registered pictures a listing shows. A merchant attaches only pictures it uploaded itself, so every picture of
 * a listing has a fingerprint and an uploader the stolen-image check and image complaints can reason about.
 */
@ApplicationScoped
public class ListingImages {

    public static final int IMAGES_MAX = 20;

    private final EntityManager em;
    private final ImageRegistry registry;

    ListingImages(EntityManager em, ImageRegistry registry) {
        this.em = em;
        this.registry = registry;
    }

    /** The pictures of a listing, in order, with the merchant the listing belongs to. */
    public record ListingImagesView(UUID listingId, String merchantId, List<RegisteredImage> images) {
    }

    /** Replaces the listing's pictures with {@code imageIds}, in that order. */
    @Transactional
    public ListingImagesView attach(UUID listingId, String merchantId, List<UUID> imageIds) {
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || !listing.merchantId.equals(merchantId)) {
            throw ProblemException.notFound("Listing " + listingId);
        }
        ImageOwner merchant = ImageOwner.merchant(merchantId);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < imageIds.size(); i++) {
            UUID imageId = imageIds.get(i);
            ImageFingerprint image = ImageFingerprint.findById(imageId);
            if (!seen.add(imageId)) {
                errors.add(new Problem.FieldError("imageIds." + i, "picture " + imageId + " is listed twice"));
            } else if (image == null || !image.owner().equals(merchant)) {
                errors.add(new Problem.FieldError("imageIds." + i, "picture " + imageId
                        + " was not uploaded by merchant " + merchantId + "; upload it with POST /images first"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "validation",
                    "The listing's pictures must be pictures its merchant uploaded").withErrors(errors));
        }
        em.createNativeQuery("delete from listing_image where listing_id = ?1").setParameter(1, listingId)
                .executeUpdate();
        for (int position = 0; position < imageIds.size(); position++) {
            em.createNativeQuery("insert into listing_image (listing_id, position, image_id) values (?1, ?2, ?3)")
                    .setParameter(1, listingId)
                    .setParameter(2, position)
                    .setParameter(3, imageIds.get(position))
                    .executeUpdate();
        }
        return view(listing);
    }

    @Transactional
    public ListingImagesView of(UUID listingId) {
        Listing listing = Listing.findById(listingId);
        if (listing == null) {
            throw ProblemException.notFound("Listing " + listingId);
        }
        return view(listing);
    }

    /** The fingerprints of the listing's pictures, in order; empty when it has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ImageFingerprint> fingerprintsOf(UUID listingId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                "select image_id from listing_image where listing_id = ?1 order by position", UUID.class)
                .setParameter(1, listingId)
                .getResultList();
        return ids.stream().map(id -> ImageFingerprint.<ImageFingerprint>findById(id)).toList();
    }

    private ListingImagesView view(Listing listing) {
        List<RegisteredImage> images = fingerprintsOf(listing.id).stream()
                .map(image -> registry.find(image.id).orElseThrow())
                .toList();
        return new ListingImagesView(listing.id, listing.merchantId, images);
    }
}
