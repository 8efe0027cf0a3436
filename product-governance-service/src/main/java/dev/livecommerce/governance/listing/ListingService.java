package dev.livecommerce.governance.listing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.penalty.ListingEligibility;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Accepts listings: the row and its listing-submitted event commit together, once per idempotency key. */
@ApplicationScoped
public class ListingService {

    private final EntityManager em;
    private final Outbox outbox;
    private final ListingEligibility eligibility;

    ListingService(EntityManager em, Outbox outbox, ListingEligibility eligibility) {
        this.em = em;
        this.outbox = outbox;
        this.eligibility = eligibility;
    }

    /**
     * Stores a new listing for review. A retry with the same key returns the first answer; the same key with another
     * body is refused, since acting on it would silently drop one of the two requests.
     */
    @Transactional
    public SubmissionReceipt submit(String merchantId, String idempotencyKey, SubmitListingRequest request) {
        String fingerprint = request.fingerprint();
        try {
            eligibility.requireMayList(merchantId);
        } catch (ProblemException refused) {
            // A retry of a listing accepted before the merchant's level forbade listing still gets the first answer.
            if (Listing.count("merchantId = ?1 and idempotencyKey = ?2", merchantId, idempotencyKey) > 0) {
                return replay(merchantId, idempotencyKey, fingerprint);
            }
            throw refused;
        }
        // A retry inserts nothing (the key is unique per merchant) and gets the first answer.
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int inserted = em.createNativeQuery("""
                insert into listing (id, merchant_id, title, description, category, price_fen, status,
                                     idempotency_key, request_hash, submitted_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                on conflict (merchant_id, idempotency_key) do nothing
                """)
                .setParameter(1, id)
                .setParameter(2, merchantId)
                .setParameter(3, request.title())
                .setParameter(4, request.description())
                .setParameter(5, request.category().name())
                .setParameter(6, request.priceFen())
                .setParameter(7, ListingStatus.PENDING_REVIEW.name())
                .setParameter(8, idempotencyKey)
                .setParameter(9, fingerprint)
                .setParameter(10, now)
                .executeUpdate();
        if (inserted == 0) {
            return replay(merchantId, idempotencyKey, fingerprint);
        }
        outbox.publish(ListingSubmitted.NAME, id.toString(), new ListingSubmitted(id, 1, merchantId, request.title(),
                request.description(), request.category(), request.priceFen(), now));
        return new SubmissionReceipt(id, ListingStatus.PENDING_REVIEW);
    }

    /**
     * An edit of the merchant's listing: a new revision, reviewed like a new submission. Repeating the same edit
     * while it waits for review changes nothing.
     */
    @Transactional
    public SubmissionReceipt edit(String merchantId, UUID id, SubmitListingRequest request) {
        Listing listing = Listing.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || !listing.merchantId.equals(merchantId)) {
            throw ProblemException.notFound("Listing " + id);
        }
        if (listing.status == ListingStatus.TAKEN_DOWN) {
            throw new ProblemException(Problem.of(409, "Conflict", "listing-taken-down",
                    "listing " + id + " was taken down after an IP complaint; it cannot be edited"));
        }
        String fingerprint = request.fingerprint();
        if (listing.status == ListingStatus.PENDING_REVIEW && fingerprint.equals(listing.requestHash)) {
            return new SubmissionReceipt(listing.id, listing.status);
        }
        eligibility.requireMayList(merchantId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        listing.revision++;
        listing.title = request.title();
        listing.description = request.description();
        listing.category = request.category();
        listing.priceFen = request.priceFen();
        listing.requestHash = fingerprint;
        listing.status = ListingStatus.PENDING_REVIEW;
        listing.submittedAt = now;
        outbox.publish(ListingSubmitted.NAME, id.toString(), new ListingSubmitted(id, listing.revision, merchantId,
                request.title(), request.description(), request.category(), request.priceFen(), now));
        return new SubmissionReceipt(listing.id, listing.status);
    }

    @Transactional
    public Optional<ListingView> find(UUID id) {
        return Listing.<Listing>findByIdOptional(id).map(ListingView::of);
    }

    private SubmissionReceipt replay(String merchantId, String idempotencyKey, String fingerprint) {
        Listing first = Listing.<Listing>find("merchantId = ?1 and idempotencyKey = ?2", merchantId, idempotencyKey)
                .singleResult();
        if (!first.requestHash.equals(fingerprint)) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "idempotency-key-reused",
                    "Idempotency-Key '" + idempotencyKey + "' was already used for a different listing ("
                            + first.id + "); use a new key for a new listing"));
        }
        return new SubmissionReceipt(first.id, first.status);
    }
}
