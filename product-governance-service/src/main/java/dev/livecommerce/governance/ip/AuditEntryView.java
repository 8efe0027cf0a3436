package dev.livecommerce.governance.ip;

import java.time.OffsetDateTime;

/** One step of a complaint's audit trail. */
public record AuditEntryView(ComplaintStatus step, String actorRole, String actorId, OffsetDateTime at,
        String detail) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.step, entry.actorRole, entry.actorId, entry.at, entry.detail);
    }
}
