package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A warning given to a merchant within the margin of its next threshold. */
@Entity
@Table(name = "merchant_warning")
public class MerchantWarning extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "merchant_id", nullable = false)
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyLevel level;

    @Column(name = "active_points", nullable = false)
    public int activePoints;

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_level", nullable = false)
    public PenaltyLevel thresholdLevel;

    @Column(name = "threshold_points", nullable = false)
    public int thresholdPoints;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Column(name = "warned_at", nullable = false)
    public OffsetDateTime warnedAt;
}
