package dev.livecommerce.governance.ip;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a complaint (table ip_audit): who took it, when, and what it did. */
@Entity
@Table(name = "ip_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus step;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String detail;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;
}
