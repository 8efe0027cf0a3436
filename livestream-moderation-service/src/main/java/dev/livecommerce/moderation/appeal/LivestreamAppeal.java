package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.moderation.enforcement.PenaltyKind;
import dev.livecommerce.moderation.events.LivestreamAppealFiled.Evidence;
import dev.livecommerce.moderation.ladder.AppealPolicy.AppellantKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An appeal of a cut or a ban, one per penalty. */
@Entity
@Table(name = "livestream_appeal")
public class LivestreamAppeal extends PanacheEntityBase {

    @Id
    @Column(name = "appeal_id")
    public UUID appealId;

    @Column(name = "penalty_id", nullable = false)
    public UUID penaltyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "penalty_kind", nullable = false)
    public PenaltyKind penaltyKind;

    @Column(name = "host_id", nullable = false)
    public String hostId;

    @Column(name = "room_id")
    public String roomId;

    @Enumerated(EnumType.STRING)
    @Column(name = "appellant_kind", nullable = false)
    public AppellantKind appellantKind;

    @Column(name = "appellant_id", nullable = false)
    public String appellantId;

    @Column(nullable = false)
    public String statement;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "decision_due_at", nullable = false)
    public OffsetDateTime decisionDueAt;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "reviewer_id")
    public String reviewerId;

    @Column(name = "decision_reason")
    public String decisionReason;
}
