package dev.livecommerce.governance.rule;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.ViolationType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored rule version. */
@Entity
@Table(name = "rule")
@IdClass(Rule.Key.class)
public class Rule extends PanacheEntityBase {

    public record Key(String id, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    public String id;

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ViolationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public int points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleAction action;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RuleParams params;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    public RuleDefinition definition() {
        return new RuleDefinition(id, version, status, kind, type, severity, points, action, legalBasis,
                Set.of(categories), params);
    }
}
