package dev.livecommerce.kit.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/** The consumers' record of applied events; written in the transaction of the effect, so both commit or neither. */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the event for {@code consumer}; false when that consumer has applied it before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirstDelivery(String consumer, UUID eventId) {
        return em
                .createNativeQuery(
                        "insert into inbox_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * Records a batch of events for {@code consumer} in one statement and returns the ids that consumer had not
     * applied before (an id repeated within the batch is returned once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordFirstDeliveries(String consumer, List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into inbox_event (consumer, event_id) select ?, unnest(?) on conflict do nothing "
                            + "returning event_id")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                Set<UUID> first = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
                return first;
            }
        });
    }
}
