package dev.livecommerce.moderation.enforcement;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A strike a cut counted: what an overturn of that cut removes. */
@Entity
@Table(name = "penalty_strike")
public class PenaltyStrike extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "penalty_id") UUID penaltyId, @Column(name = "violation_id") UUID violationId)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    static PenaltyStrike of(UUID penaltyId, UUID violationId) {
        PenaltyStrike link = new PenaltyStrike();
        link.key = new Key(penaltyId, violationId);
        return link;
    }

    public static List<UUID> violationsOf(UUID penaltyId) {
        return getEntityManager()
                .createQuery("select p.key.violationId from PenaltyStrike p where p.key.penaltyId = ?1", UUID.class)
                .setParameter(1, penaltyId).getResultList();
    }
}
