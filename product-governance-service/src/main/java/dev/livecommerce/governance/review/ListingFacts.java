package dev.livecommerce.governance.review;

import java.util.List;

/**
 * What a review looks at: the listing's own content and what the service knows around it.
 *
 * @param priceNorm the category's price norm, null when the category has too few approved listings to have one
 * @param missingQualifications requirements of the category the merchant has no valid document for
 * @param imageMatches the listing's images that match an earlier image of another owner
 */
public record ListingFacts(String title, String description, String category, long priceFen, PriceNorm priceNorm,
        MerchantRecord merchant, List<String> missingQualifications, List<ImageMatch> imageMatches) {

    public ListingFacts {
        missingQualifications = List.copyOf(missingQualifications);
        imageMatches = List.copyOf(imageMatches);
    }

    /** Median price of the category's approved listings, over {@code samples} listings. */
    public record PriceNorm(long medianFen, long samples) {
    }

    /** The merchant's record: active violation points and interceptions over the last {@code windowDays}. */
    public record MerchantRecord(int activePoints, long interceptions, int windowDays) {
    }

    /** One of the listing's images matched an earlier image of another owner, {@code distance} bits apart. */
    public record ImageMatch(String imageId, String originalImageId, String originalOwnerId, int distance) {
    }
}
