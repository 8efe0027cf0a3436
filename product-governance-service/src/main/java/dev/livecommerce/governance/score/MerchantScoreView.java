package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merchant's experience score as the API shows it: the scores, their window and what they were computed from. */
public record MerchantScoreView(String merchantId, BigDecimal overall, BigDecimal product, BigDecimal logistics,
        BigDecimal service, Window window, Inputs inputs, PenaltyPoints penaltyPoints) {

    @Schema(description = "The rolling window the scores count facts of: from start (exclusive) to end, when they "
            + "were computed")
    public record Window(int days, OffsetDateTime start, OffsetDateTime end) {
    }

    @Schema(description = "How many facts of each kind counted in the window")
    public record Inputs(int listingDecisions, int listingsDecided, int listingsIntercepted, int livestreamViolations,
            int refundRequests, int qualityComplaints, int lateShipments) {
    }

    @Schema(description = "Penalty points per sub-score; the product sub-score also weighs the intercepted share")
    public record PenaltyPoints(int product, int logistics, int service) {
    }

    static MerchantScoreView of(MerchantScore row) {
        return new MerchantScoreView(row.merchantId, row.overall, row.product, row.logistics, row.service,
                new Window(row.windowDays, row.computedAt.minusDays(row.windowDays), row.computedAt),
                new Inputs(row.listingDecisions, row.listingsDecided, row.listingsIntercepted, row.livestreamViolations,
                        row.refundRequests, row.qualityComplaints, row.lateShipments),
                new PenaltyPoints(row.productPenaltyPoints, row.logisticsPenaltyPoints, row.servicePenaltyPoints));
    }
}
