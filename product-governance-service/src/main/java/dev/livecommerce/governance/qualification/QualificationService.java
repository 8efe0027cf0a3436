package dev.livecommerce.governance.qualification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.MerchantQualificationChanged;
import dev.livecommerce.governance.events.MerchantQualificationChanged.Change;
import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Merchants' qualification documents and the category requirements they meet. Every change of a document commits
 * with its merchant-qualification-changed event.
 */
@ApplicationScoped
public class QualificationService {

    private final QualificationCheck check = new QualificationCheck();
    private final EntityManager em;
    private final Outbox outbox;
    private final QualificationConfig config;

    QualificationService(EntityManager em, Outbox outbox, QualificationConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * The requirements of {@code category} that the merchant's documents do not meet at {@code at}; empty when the
     * merchant may sell in the category. Expired, not yet valid and revoked documents do not count.
     */
    @Transactional
    public List<Requirement> missingFor(String merchantId, Category category, OffsetDateTime at) {
        List<Requirement> requirements = requirements(category);
        if (requirements.isEmpty()) {
            return List.of();
        }
        List<QualificationDocument> documents = MerchantQualification
                .<MerchantQualification>list("merchantId = ?1 and status = ?2", merchantId, QualificationStatus.ACTIVE)
                .stream().map(MerchantQualification::toDocument).toList();
        return check.missing(requirements, documents, QualificationDocument.dayOf(at));
    }

    /**
     * {@link #missingFor} for many merchants at once, with at most two queries: the requirements, and the documents
     * of the merchants that list in a category with requirements.
     */
    @Transactional
    public MissingQualifications missingForAll(Map<String, Set<Category>> categoriesByMerchant, OffsetDateTime at) {
        Map<Category, List<Requirement>> requirements = allRequirements().stream()
                .collect(Collectors.groupingBy(Requirement::category));
        List<String> merchantsToCheck = categoriesByMerchant.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(requirements::containsKey))
                .map(Map.Entry::getKey)
                .toList();
        Map<String, List<QualificationDocument>> documents = merchantsToCheck.isEmpty()
                ? Map.of()
                : MerchantQualification.<MerchantQualification>list("merchantId in ?1 and status = ?2",
                        merchantsToCheck, QualificationStatus.ACTIVE).stream()
                        .collect(Collectors.groupingBy(q -> q.merchantId,
                                Collectors.mapping(MerchantQualification::toDocument, Collectors.toList())));
        LocalDate day = QualificationDocument.dayOf(at);
        return (merchantId, category) -> {
            List<Requirement> ofCategory = requirements.getOrDefault(category, List.of());
            return ofCategory.isEmpty()
                    ? List.of()
                    : check.missing(ofCategory, documents.getOrDefault(merchantId, List.of()), day);
        };
    }

    @Transactional
    public List<Requirement> requirements(Category category) {
        return QualificationRequirement.<QualificationRequirement>list("category = ?1 order by id", category).stream()
                .map(QualificationRequirement::toRequirement).toList();
    }

    @Transactional
    public List<Requirement> allRequirements() {
        return QualificationRequirement.<QualificationRequirement>list("order by category, id").stream()
                .map(QualificationRequirement::toRequirement).toList();
    }

    /**
     * Registers a document for the merchant. A retry with the same key returns the first answer; the same key with
     * another document is refused.
     *
     * @throws InvalidQualificationException when a field cannot be accepted
     */
    @Transactional
    public QualificationView register(String merchantId, String idempotencyKey, RegisterQualificationRequest request) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate today = QualificationDocument.dayOf(now);
        QualificationRegistration registration = QualificationRegistration.from(request, today);
        if (MerchantQualification.count("merchantId = ?1 and idempotencyKey = ?2", merchantId, idempotencyKey) > 0) {
            return replay(merchantId, idempotencyKey, registration, today);
        }
        // Concurrent registrations of one merchant may pass this check together: the cap bounds, it does not count.
        long active = MerchantQualification.count("merchantId = ?1 and status = ?2", merchantId,
                QualificationStatus.ACTIVE);
        if (active >= config.activePerMerchantMax()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "too-many-qualifications",
                    "merchant " + merchantId + " already holds " + active + " active qualifications, the most "
                            + "allowed; ask staff to revoke the ones no longer used"));
        }
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                insert into merchant_qualification (id, merchant_id, type, document_number, issuing_authority,
                    valid_from, valid_until, evidence_ref, status, registered_at, idempotency_key, request_hash)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                on conflict (merchant_id, idempotency_key) do nothing
                """)
                .setParameter(1, id)
                .setParameter(2, merchantId)
                .setParameter(3, registration.type().name())
                .setParameter(4, registration.documentNumber())
                .setParameter(5, registration.issuingAuthority())
                .setParameter(6, registration.validFrom())
                .setParameter(7, registration.validUntil())
                .setParameter(8, registration.evidenceRef())
                .setParameter(9, QualificationStatus.ACTIVE.name())
                .setParameter(10, now)
                .setParameter(11, idempotencyKey)
                .setParameter(12, registration.fingerprint())
                .executeUpdate();
        if (inserted == 0) {
            // A concurrent request with the same key inserted first.
            return replay(merchantId, idempotencyKey, registration, today);
        }
        MerchantQualification q = MerchantQualification.findById(id);
        publish(q, Change.REGISTERED, null, now);
        return QualificationView.of(q, today);
    }

    @Transactional
    public Optional<QualificationView> find(UUID id) {
        LocalDate today = QualificationDocument.dayOf(OffsetDateTime.now(ZoneOffset.UTC));
        return MerchantQualification.<MerchantQualification>findByIdOptional(id)
                .map(q -> QualificationView.of(q, today));
    }

    /** A merchant's documents, newest first, at most {@code limit} of them. */
    @Transactional
    public List<QualificationView> ofMerchant(String merchantId, int limit) {
        LocalDate today = QualificationDocument.dayOf(OffsetDateTime.now(ZoneOffset.UTC));
        return MerchantQualification.<MerchantQualification>find(
                "merchantId = ?1 order by registeredAt desc, id", merchantId)
                .page(0, limit).list().stream()
                .map(q -> QualificationView.of(q, today)).toList();
    }

    /** Withdraws a document; revoking a revoked document changes nothing and announces nothing. */
    @Transactional
    public Optional<QualificationView> revoke(UUID id, String staffId, String reason) {
        MerchantQualification q = MerchantQualification.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (q == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (q.status != QualificationStatus.REVOKED) {
            q.status = QualificationStatus.REVOKED;
            q.revokedAt = now;
            q.revokedBy = staffId;
            q.revocationReason = reason;
            publish(q, Change.REVOKED, reason, now);
        }
        return Optional.of(QualificationView.of(q, QualificationDocument.dayOf(now)));
    }

    /**
     * Marks active documents whose last valid day is over as expired and announces each, at most one batch per
     * call. Rows another instance is expiring are skipped, never announced twice.
     *
     * @return how many documents expired
     */
    @Transactional
    public int expireDue() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<MerchantQualification> due = em.createNativeQuery("""
                select * from merchant_qualification
                where status = 'ACTIVE' and valid_until < ?1
                order by valid_until, id
                limit ?2
                for update skip locked
                """, MerchantQualification.class)
                .setParameter(1, QualificationDocument.dayOf(now))
                .setParameter(2, config.expiryBatchSizeMax())
                .getResultList();
        for (MerchantQualification q : due) {
            q.status = QualificationStatus.EXPIRED;
            q.expiredAt = now;
            publish(q, Change.EXPIRED, null, now);
        }
        return due.size();
    }

    private QualificationView replay(String merchantId, String idempotencyKey, QualificationRegistration registration,
            LocalDate today) {
        MerchantQualification first = MerchantQualification
                .<MerchantQualification>find("merchantId = ?1 and idempotencyKey = ?2", merchantId, idempotencyKey)
                .singleResult();
        if (!first.requestHash.equals(registration.fingerprint())) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "idempotency-key-reused",
                    "Idempotency-Key '" + idempotencyKey + "' was already used for a different qualification ("
                            + first.id + "); use a new key for a new document"));
        }
        return QualificationView.of(first, today);
    }

    private void publish(MerchantQualification q, Change change, String reason, OffsetDateTime at) {
        outbox.publish(MerchantQualificationChanged.NAME, q.merchantId, new MerchantQualificationChanged(q.id,
                q.merchantId, change, q.type, q.documentNumber, q.issuingAuthority, q.validFrom, q.validUntil, reason,
                at));
    }
}
