package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    /** A rule version a campaign runs. */
    public record RuleVersion(String id, int version) {
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<RuleVersion> rules;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "merchant_ids", nullable = false)
    public String[] merchantIds;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "sweep_cursor")
    public UUID sweepCursor;

    @Column(name = "sweep_done_at")
    public OffsetDateTime sweepDoneAt;

    @Column(nullable = false)
    public long swept;

    public CampaignScope scope() {
        return new CampaignScope(List.of(categories), List.of(merchantIds), startsAt, endsAt, cancelledAt);
    }
}
