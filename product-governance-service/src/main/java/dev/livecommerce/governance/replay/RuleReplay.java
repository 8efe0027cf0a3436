package dev.livecommerce.governance.replay;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A candidate rule version run over the stored listings, with its progress and its tallies. */
@Entity
@Table(name = "rule_replay")
public class RuleReplay extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "rule_id", nullable = false)
    public String ruleId;
    @Column(name = "rule_version", nullable = false)
    public int ruleVersion;
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;
    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
    @Column(name = "cursor_listing_id")
    public UUID cursorListingId;
    public long total;
    public long processed;
    public long fired;
    @Column(name = "fired_where_approved")
    public long firedWhereApproved;
    @Column(name = "fired_where_intercepted")
    public long firedWhereIntercepted;
    @Column(name = "fired_where_manual")
    public long firedWhereManual;
    @Column(name = "live_rule_fired")
    public long liveRuleFired;
    @Column(name = "live_rule_fired_not_candidate")
    public long liveRuleFiredNotCandidate;
    @Column(name = "appeals_upheld")
    public long appealsUpheld;
    @Column(name = "appeals_upheld_fired")
    public long appealsUpheldFired;
    @Column(name = "appeals_overturned")
    public long appealsOverturned;
    @Column(name = "appeals_overturned_fired")
    public long appealsOverturnedFired;
}
