package dev.livecommerce.governance.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.qualification.MissingQualifications;
import dev.livecommerce.governance.qualification.Requirement;

/**
 * The facts of the listings of one review batch, read up front with a few queries. Reviews of the batch run one
 * after the other, and a decision taken early in the batch counts in the merchant record of the merchant's later
 * listings, exactly as if each review had committed before the next one read its facts.
 */
public final class BatchFacts {

    private final Map<String, ListingFacts.PriceNorm> priceNorms;
    private final Map<String, ListingFacts.MerchantRecord> merchants;
    private final MissingQualifications missingQualifications;
    private final Map<UUID, List<ListingFacts.ImageMatch>> imageMatches;

    BatchFacts(Map<String, ListingFacts.PriceNorm> priceNorms, Map<String, ListingFacts.MerchantRecord> merchants,
            MissingQualifications missingQualifications, Map<UUID, List<ListingFacts.ImageMatch>> imageMatches) {
        this.priceNorms = priceNorms;
        this.merchants = new HashMap<>(merchants);
        this.missingQualifications = missingQualifications;
        this.imageMatches = imageMatches;
    }

    /** The facts of one listing of the batch; facts no rule reads are null or empty, as in a single review. */
    ListingFacts of(Listing listing) {
        return new ListingFacts(listing.title, listing.description, listing.category.name(), listing.priceFen,
                priceNorms.get(listing.category.name()), merchants.get(listing.merchantId),
                missingQualifications.of(listing.merchantId, listing.category).stream()
                        .map(Requirement::description).toList(),
                imageMatches.getOrDefault(listing.id, List.of()));
    }

    /** Counts a decision of this batch in its merchant's record: an interception adds its points and itself. */
    void count(String merchantId, ReviewDecision decision) {
        ListingFacts.MerchantRecord before = merchants.get(merchantId);
        if (before == null || decision.outcome() != Outcome.INTERCEPTED) {
            return;
        }
        int points = decision.violations().stream().mapToInt(Violation::points).sum();
        merchants.put(merchantId, new ListingFacts.MerchantRecord(before.activePoints() + points,
                before.interceptions() + 1, before.windowDays()));
    }
}
