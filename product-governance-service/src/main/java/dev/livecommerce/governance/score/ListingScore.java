package dev.livecommerce.governance.score;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.livecommerce.governance.review.Outcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A listing's quality score as last computed, with the decisions it was computed from. */
@Entity
@Table(name = "listing_score")
public class ListingScore extends PanacheEntityBase {

    @Id
    @Column(name = "listing_id")
    public UUID listingId;

    @Column(name = "merchant_id")
    public String merchantId;

    public BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(name = "latest_outcome")
    public Outcome latestOutcome;

    @Column(name = "decisions_counted")
    public int decisionsCounted;

    @Column(name = "violation_points")
    public int violationPoints;

    @Column(name = "window_days")
    public int windowDays;

    @Column(name = "computed_at")
    public OffsetDateTime computedAt;

    @Column(name = "next_expiry_at")
    public OffsetDateTime nextExpiryAt;

    void record(BigDecimal newScore, ListingTotals totals, int windowDays, OffsetDateTime at) {
        score = newScore;
        latestOutcome = totals.latestOutcome();
        decisionsCounted = totals.decisions();
        violationPoints = totals.violationPoints();
        this.windowDays = windowDays;
        computedAt = at;
        nextExpiryAt = totals.oldestOccurredAt() == null ? null : totals.oldestOccurredAt().plusDays(windowDays);
    }
}
