package dev.livecommerce.governance.ip;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Rights holders' trademarks: registered once per registration number, once per idempotency key. */
@ApplicationScoped
public class TrademarkService {

    public static final int PAGE_SIZE_MAX = 100;

    private final EntityManager em;

    TrademarkService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public TrademarkView register(String rightsHolderId, String idempotencyKey, RegisterTrademarkRequest request) {
        UUID id = UUID.randomUUID();
        String hash = request.hash();
        String classes = request.classes().stream().sorted().distinct().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        int inserted = em.createNativeQuery("""
                insert into ip_trademark (id, rights_holder_id, name, registration_number, nice_classes, valid_until,
                                          idempotency_key, request_hash, registered_at)
                values (?1, ?2, ?3, ?4, cast(?5 as integer[]), ?6, ?7, ?8, ?9)
                on conflict do nothing
                """)
                .setParameter(1, id)
                .setParameter(2, rightsHolderId)
                .setParameter(3, request.name())
                .setParameter(4, request.registrationNumber())
                .setParameter(5, classes)
                .setParameter(6, request.validUntil())
                .setParameter(7, idempotencyKey)
                .setParameter(8, hash)
                .setParameter(9, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        if (inserted == 1) {
            return TrademarkView.of(Trademark.findById(id));
        }
        return replay(rightsHolderId, idempotencyKey, hash, request.registrationNumber());
    }

    @Transactional
    public Optional<TrademarkView> find(UUID id) {
        return Trademark.<Trademark>findByIdOptional(id).map(TrademarkView::of);
    }

    @Transactional
    public List<TrademarkView> of(String rightsHolderId, int limit) {
        return Trademark.<Trademark>find("rightsHolderId", Sort.by("registeredAt").and("id"), rightsHolderId)
                .page(0, Math.min(limit, PAGE_SIZE_MAX)).stream().map(TrademarkView::of).toList();
    }

    /** Either the same request again (its first answer) or a clash: another body for the key, or a known number. */
    private TrademarkView replay(String rightsHolderId, String idempotencyKey, String hash, String number) {
        Optional<Trademark> sameKey = Trademark.find("rightsHolderId = ?1 and idempotencyKey = ?2", rightsHolderId,
                idempotencyKey).firstResultOptional();
        if (sameKey.isPresent()) {
            if (!sameKey.get().requestHash.equals(hash)) {
                throw new ProblemException(Problem.of(422, "Unprocessable Content", "idempotency-key-reused",
                        "Idempotency-Key '" + idempotencyKey + "' was already used for another trademark ("
                                + sameKey.get().id + "); use a new key for a new registration"));
            }
            return TrademarkView.of(sameKey.get());
        }
        Trademark registered = Trademark.<Trademark>find("rightsHolderId = ?1 and registrationNumber = ?2",
                rightsHolderId, number).singleResult();
        throw new ProblemException(Problem.of(409, "Conflict", "trademark-already-registered",
                "Registration number " + number + " is already registered as trademark " + registered.id));
    }
}
