package dev.livecommerce.governance.ip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A trademark a rights holder registered. Rows are written by {@link TrademarkService} only. */
@Entity
@Table(name = "ip_trademark")
public class Trademark extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "rights_holder_id", nullable = false)
    public String rightsHolderId;

    @Column(nullable = false)
    public String name;

    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @Column(name = "nice_classes", nullable = false)
    public Integer[] niceClasses;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;
}
