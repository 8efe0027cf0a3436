package dev.livecommerce.moderation.enforcement;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A host's standing across rooms: locked after a room's row when a cut may ban the host. */
@Entity
@Table(name = "host_record")
public class HostRecord extends PanacheEntityBase {

    @Id
    @Column(name = "host_id")
    public String hostId;

    /** The ban in force, or null. */
    @Column(name = "banned_by")
    public UUID bannedBy;

    public static boolean isBanned(String hostId) {
        return Optional.ofNullable(HostRecord.<HostRecord>findById(hostId)).map(h -> h.bannedBy != null)
                .orElse(false);
    }

    /** The host's row, created if absent, locked until the transaction ends. */
    public static HostRecord lock(String hostId) {
        getEntityManager().createNativeQuery("insert into host_record (host_id) values (?1) on conflict do nothing")
                .setParameter(1, hostId).executeUpdate();
        return getEntityManager().find(HostRecord.class, hostId, LockModeType.PESSIMISTIC_WRITE);
    }
}
