package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A merchant's scores as last computed and as last published, with the inputs they were computed from. */
@Entity
@Table(name = "merchant_score")
public class MerchantScore extends PanacheEntityBase {

    @Id
    @Column(name = "merchant_id")
    public String merchantId;

    public BigDecimal overall;
    public BigDecimal product;
    public BigDecimal logistics;
    public BigDecimal service;

    @Column(name = "published_overall")
    public BigDecimal publishedOverall;
    @Column(name = "published_product")
    public BigDecimal publishedProduct;
    @Column(name = "published_logistics")
    public BigDecimal publishedLogistics;
    @Column(name = "published_service")
    public BigDecimal publishedService;

    @Column(name = "product_penalty_points")
    public int productPenaltyPoints;
    @Column(name = "logistics_penalty_points")
    public int logisticsPenaltyPoints;
    @Column(name = "service_penalty_points")
    public int servicePenaltyPoints;

    @Column(name = "listings_decided")
    public int listingsDecided;
    @Column(name = "listings_intercepted")
    public int listingsIntercepted;
    @Column(name = "listing_decisions")
    public int listingDecisions;
    @Column(name = "livestream_violations")
    public int livestreamViolations;
    @Column(name = "refund_requests")
    public int refundRequests;
    @Column(name = "quality_complaints")
    public int qualityComplaints;
    @Column(name = "late_shipments")
    public int lateShipments;

    @Column(name = "window_days")
    public int windowDays;
    @Column(name = "computed_at")
    public OffsetDateTime computedAt;
    @Column(name = "next_expiry_at")
    public OffsetDateTime nextExpiryAt;

    MerchantScores current() {
        return new MerchantScores(overall, product, logistics, service);
    }

    MerchantScores published() {
        return new MerchantScores(publishedOverall, publishedProduct, publishedLogistics, publishedService);
    }

    void record(MerchantScores scores, MerchantTotals totals, int windowDays, OffsetDateTime at) {
        overall = scores.overall();
        product = scores.product();
        logistics = scores.logistics();
        service = scores.service();
        productPenaltyPoints = totals.penalties().productPoints();
        logisticsPenaltyPoints = totals.penalties().logisticsPoints();
        servicePenaltyPoints = totals.penalties().servicePoints();
        listingsDecided = totals.penalties().listingsDecided();
        listingsIntercepted = totals.penalties().listingsIntercepted();
        listingDecisions = totals.count(FactKind.LISTING_DECISION);
        livestreamViolations = totals.count(FactKind.LIVESTREAM_VIOLATION);
        refundRequests = totals.count(FactKind.REFUND_REQUEST);
        qualityComplaints = totals.qualityComplaints();
        lateShipments = totals.count(FactKind.LATE_SHIPMENT);
        this.windowDays = windowDays;
        computedAt = at;
        nextExpiryAt = totals.oldestOccurredAt() == null ? null : totals.oldestOccurredAt().plusDays(windowDays);
    }

    void markPublished(MerchantScores scores) {
        publishedOverall = scores.overall();
        publishedProduct = scores.product();
        publishedLogistics = scores.logistics();
        publishedService = scores.service();
    }
}
