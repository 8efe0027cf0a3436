package dev.livecommerce.governance.penalty;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A merchant's place on the penalty ladder. Every change to it happens with this row locked. */
@Entity
@Table(name = "merchant_standing")
public class MerchantStanding extends PanacheEntityBase {

    @Id
    @Column(name = "merchant_id")
    public String merchantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PenaltyLevel level;

    @Column(name = "active_points", nullable = false)
    public int activePoints;

    @Column(name = "warned_threshold_points")
    public Integer warnedThresholdPoints;

    /** +1 on every change of points or level. */
    @Column(nullable = false)
    public long version;

    @Column(name = "next_expiry_at")
    public OffsetDateTime nextExpiryAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    LadderPosition position() {
        return new LadderPosition(level, warnedThresholdPoints);
    }
}
