package dev.livecommerce.governance.ip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.IpComplaintDecided;
import dev.livecommerce.governance.events.IpComplaintFiled;
import dev.livecommerce.governance.events.IpCounterNoticeFiled;
import dev.livecommerce.governance.image.ImageFingerprint;
import dev.livecommerce.governance.image.ImageMatches;
import dev.livecommerce.governance.image.ImageOwner;
import dev.livecommerce.governance.image.ListingImages;
import dev.livecommerce.governance.image.PerceptualHash;
import dev.livecommerce.governance.ip.ComplaintLifecycle.IllegalStepException;
import dev.livecommerce.governance.ip.ComplaintLifecycle.WindowClosedException;
import dev.livecommerce.governance.listing.ListingStatus;
import dev.livecommerce.governance.listing.ListingTakedowns;
import dev.livecommerce.governance.listing.ListingTakedowns.LockedListing;
import dev.livecommerce.governance.listing.TakedownCause;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * IP complaints from filing to their final decision. Every step changes the complaint, writes its audit entry and
 * publishes its event in one transaction, and is applied once per Idempotency-Key: a retry answers the complaint as
 * it stands, a key reused for another request is refused.
 */
@ApplicationScoped
public class ComplaintService {

    public static final int EVIDENCE_MAX = 20;
    public static final int PAGE_SIZE_MAX = 100;
    private static final int DETAIL_LENGTH_MAX = 2000;

    private final Outbox outbox;
    private final ListingTakedowns takedowns;
    private final ListingImages listingImages;
    private final ImageMatches imageMatches;
    private final IpConfig config;
    private final MeterRegistry meters;

    ComplaintService(Outbox outbox, ListingTakedowns takedowns, ListingImages listingImages,
            ImageMatches imageMatches, IpConfig config, MeterRegistry meters) {
        this.outbox = outbox;
        this.takedowns = takedowns;
        this.listingImages = listingImages;
        this.imageMatches = imageMatches;
        this.config = config;
        this.meters = meters;
    }

    /** Which complaints a list shows; null fields do not filter. */
    public record Filter(String rightsHolderId, String merchantId, UUID listingId, ComplaintStatus status) {
    }

    @Transactional
    public ComplaintView file(String rightsHolderId, String idempotencyKey, FileComplaintRequest request) {
        // The listing's lock serialises filings and decisions about one listing, retries of one request included.
        Optional<LockedListing> listing = takedowns.lock(request.listingId());
        Optional<Complaint> earlier = Complaint.find("rightsHolderId = ?1 and idempotencyKey = ?2", rightsHolderId,
                idempotencyKey).firstResultOptional();
        if (earlier.isPresent()) {
            return replay(earlier.get(), idempotencyKey, request.hash());
        }
        if (listing.isEmpty()) {
            throw unprocessable("listingId", "there is no listing " + request.listingId());
        }
        ImageFingerprint original = checkBasis(rightsHolderId, request);
        Optional<Complaint> open = Complaint.find("rightsHolderId = ?1 and listingId = ?2 and status in ?3",
                rightsHolderId, request.listingId(), ComplaintLifecycle.OPEN).firstResultOptional();
        if (open.isPresent()) {
            throw new ProblemException(Problem.of(409, "Conflict", "complaint-already-open", "Complaint "
                    + open.get().id + " of this rights holder against listing " + request.listingId() + " is "
                    + open.get().status + "; it must be closed before another is filed"));
        }
        OffsetDateTime now = now();
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.rightsHolderId = rightsHolderId;
        complaint.listingId = request.listingId();
        complaint.merchantId = listing.get().merchantId();
        complaint.basis = request.basis();
        complaint.trademarkId = request.trademarkId();
        complaint.imageId = request.imageId();
        complaint.statement = request.statement();
        complaint.evidence = request.evidence().toArray(String[]::new);
        complaint.status = ComplaintStatus.FILED;
        complaint.idempotencyKey = idempotencyKey;
        complaint.requestHash = request.hash();
        complaint.filedAt = now;
        complaint.updatedAt = now;
        complaint.persist();
        List<ComplaintImageMatch> matches = original == null ? List.of() : recordCopies(complaint, original);

        StringBuilder detail = new StringBuilder("complaint against listing " + complaint.listingId + " of merchant "
                + complaint.merchantId + " on basis " + complaint.basis);
        matches.forEach(m -> detail.append("; listing picture ").append(m.listingImageId).append(" is ")
                .append(m.distance).append(" bits from original ").append(m.originalImageId));
        audit(complaint, ComplaintStatus.FILED, new Actor(Actor.Role.RIGHTS_HOLDER, rightsHolderId), now,
                detail.toString(), idempotencyKey, complaint.requestHash);
        outbox.publish(IpComplaintFiled.NAME, complaint.id.toString(), new IpComplaintFiled(complaint.id,
                complaint.listingId, complaint.merchantId, rightsHolderId, complaint.basis, complaint.trademarkId,
                complaint.imageId, matches.stream().map(m -> new IpComplaintFiled.ImageMatch(m.listingImageId,
                        m.originalImageId, m.distance)).toList(),
                now));
        return view(complaint);
    }

    /** UPHELD or REJECTED on a filed complaint; RESTORED or TAKEDOWN_CONFIRMED on a counter-notice. */
    @Transactional
    public ComplaintView decide(UUID complaintId, Actor decider, String idempotencyKey,
            DecideComplaintRequest request) {
        Complaint complaint = locked(complaintId).orElseThrow(() -> ProblemException.notFound("Complaint "
                + complaintId));
        Optional<ComplaintView> retried = retriedStep(complaint, idempotencyKey, request.hash());
        if (retried.isPresent()) {
            return retried.get();
        }
        ComplaintStatus next = request.decision().status();
        checkStep(complaint, next);
        OffsetDateTime now = now();
        String effect = switch (request.decision()) {
            case UPHELD -> takeDown(complaint, request.reason());
            case RESTORED -> restore(complaint, request.reason());
            case REJECTED -> "listing untouched";
            case TAKEDOWN_CONFIRMED -> "listing stays taken down";
        };
        complaint.status = next;
        complaint.updatedAt = now;
        if (next == ComplaintStatus.UPHELD) {
            complaint.upheldAt = now;
        }
        audit(complaint, next, decider, now, effect + "; reason: " + request.reason(), idempotencyKey,
                request.hash());
        OffsetDateTime deadline = next == ComplaintStatus.UPHELD
                ? ComplaintLifecycle.counterNoticeDeadline(now, config.counterNoticeWindowDays())
                : null;
        outbox.publish(IpComplaintDecided.NAME, complaint.id.toString(), new IpComplaintDecided(complaint.id,
                complaint.listingId, complaint.merchantId, complaint.rightsHolderId, request.decision(),
                decider.role().tokenRole(), decider.id(), request.reason(), deadline, now));
        return view(complaint);
    }

    /** The listing's merchant answers an upheld complaint, within the configured window. */
    @Transactional
    public ComplaintView counterNotice(UUID complaintId, String merchantId, String idempotencyKey,
            CounterNoticeRequest request) {
        Complaint complaint = locked(complaintId)
                .filter(c -> c.merchantId.equals(merchantId))
                .orElseThrow(() -> ProblemException.notFound("Complaint " + complaintId));
        Optional<ComplaintView> retried = retriedStep(complaint, idempotencyKey, request.hash());
        if (retried.isPresent()) {
            return retried.get();
        }
        checkStep(complaint, ComplaintStatus.COUNTER_NOTICE_FILED);
        OffsetDateTime now = now();
        try {
            ComplaintLifecycle.checkCounterNoticeWindow(complaint.upheldAt, config.counterNoticeWindowDays(), now);
        } catch (WindowClosedException e) {
            throw new ProblemException(Problem.of(409, "Conflict", "counter-notice-window-closed",
                    "No counter-notice is accepted for complaint " + complaintId + ": " + e.getMessage()));
        }
        complaint.status = ComplaintStatus.COUNTER_NOTICE_FILED;
        complaint.counterStatement = request.statement();
        complaint.counterEvidence = request.evidence().toArray(String[]::new);
        complaint.counterFiledAt = now;
        complaint.updatedAt = now;
        audit(complaint, ComplaintStatus.COUNTER_NOTICE_FILED, new Actor(Actor.Role.MERCHANT, merchantId), now,
                "counter-notice with " + request.evidence().size() + " evidence item(s)", idempotencyKey,
                request.hash());
        outbox.publish(IpCounterNoticeFiled.NAME, complaint.id.toString(), new IpCounterNoticeFiled(complaint.id,
                complaint.listingId, merchantId, complaint.rightsHolderId, now));
        return view(complaint);
    }

    @Transactional
    public Optional<ComplaintView> find(UUID complaintId) {
        return Complaint.<Complaint>findByIdOptional(complaintId).map(this::view);
    }

    /** Newest first, at most {@link #PAGE_SIZE_MAX} per page. */
    @Transactional
    public List<ComplaintView> list(Filter filter, int pageIndex, int pageSize) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.rightsHolderId() != null) {
            conditions.add("rightsHolderId = :rightsHolderId");
            parameters.put("rightsHolderId", filter.rightsHolderId());
        }
        if (filter.merchantId() != null) {
            conditions.add("merchantId = :merchantId");
            parameters.put("merchantId", filter.merchantId());
        }
        if (filter.listingId() != null) {
            conditions.add("listingId = :listingId");
            parameters.put("listingId", filter.listingId());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", filter.status());
        }
        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return Complaint.<Complaint>find(query, Sort.descending("filedAt").and("id"), parameters)
                .page(Page.of(pageIndex, Math.min(pageSize, PAGE_SIZE_MAX)))
                .stream().map(this::view).toList();
    }

    @Transactional
    public List<AuditEntryView> auditTrail(UUID complaintId) {
        if (Complaint.findById(complaintId) == null) {
            throw ProblemException.notFound("Complaint " + complaintId);
        }
        return AuditEntry.<AuditEntry>find("complaintId", Sort.by("id"), complaintId).stream()
                .map(AuditEntryView::of).toList();
    }

    private ImageFingerprint checkBasis(String rightsHolderId, FileComplaintRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ImageFingerprint original = null;
        if (request.basis() != Basis.TRADEMARK && request.trademarkId() != null) {
            errors.add(new Problem.FieldError("trademarkId", "only a TRADEMARK complaint names a trademark"));
        }
        if (request.basis() != Basis.ORIGINAL_IMAGE && request.imageId() != null) {
            errors.add(new Problem.FieldError("imageId", "only an ORIGINAL_IMAGE complaint names a picture"));
        }
        if (request.basis() == Basis.TRADEMARK) {
            Trademark trademark = request.trademarkId() == null ? null : Trademark.findById(request.trademarkId());
            if (trademark == null || !trademark.rightsHolderId.equals(rightsHolderId)) {
                errors.add(new Problem.FieldError("trademarkId", "a TRADEMARK complaint names one of your "
                        + "registered trademarks"));
            } else if (trademark.validUntil.isBefore(LocalDate.now(ZoneOffset.UTC))) {
                errors.add(new Problem.FieldError("trademarkId", "trademark " + trademark.id + " expired on "
                        + trademark.validUntil));
            }
        }
        if (request.basis() == Basis.ORIGINAL_IMAGE) {
            original = request.imageId() == null ? null : ImageFingerprint.findById(request.imageId());
            if (original == null || !original.owner().equals(ImageOwner.rightsHolder(rightsHolderId))) {
                errors.add(new Problem.FieldError("imageId", "an ORIGINAL_IMAGE complaint names a picture you "
                        + "registered as a rights holder"));
                original = null;
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "validation",
                    "The complaint's basis is not backed by your registrations").withErrors(errors));
        }
        return original;
    }

    /** The listing's pictures, uploaded after the original and within the match distance of it, are copies. */
    private List<ComplaintImageMatch> recordCopies(Complaint complaint, ImageFingerprint original) {
        List<ComplaintImageMatch> matches = new ArrayList<>();
        for (ImageFingerprint picture : listingImages.fingerprintsOf(complaint.listingId)) {
            if (picture.registeredAt.isAfter(original.registeredAt) && imageMatches.near(picture.phash,
                    original.phash)) {
                ComplaintImageMatch match = new ComplaintImageMatch();
                match.complaintId = complaint.id;
                match.listingImageId = picture.id;
                match.originalImageId = original.id;
                match.distance = PerceptualHash.distance(picture.phash, original.phash);
                match.persist();
                matches.add(match);
            }
        }
        return matches;
    }

    private String takeDown(Complaint complaint, String reason) {
        ListingStatus before = takedowns.takeDown(complaint.listingId, TakedownCause.IP_COMPLAINT,
                complaint.id.toString(), reason);
        if (before != ListingStatus.TAKEN_DOWN) {
            complaint.listingStatusBefore = before;
            return "listing taken down (was " + before + ")";
        }
        // Already down for another complaint: restoring this one later must put back what that one took down.
        complaint.listingStatusBefore = otherComplaintHoldingTheListing(complaint)
                .map(other -> other.listingStatusBefore).orElse(null);
        return "listing was already taken down";
    }

    private String restore(Complaint complaint, String reason) {
        takedowns.lock(complaint.listingId);
        Optional<Complaint> holder = otherComplaintHoldingTheListing(complaint);
        if (holder.isPresent()) {
            return "listing stays taken down: complaint " + holder.get().id + " is " + holder.get().status;
        }
        if (complaint.listingStatusBefore == null) {
            return "listing stays taken down: it was down before this complaint";
        }
        takedowns.restore(complaint.listingId, complaint.listingStatusBefore, TakedownCause.IP_COMPLAINT,
                complaint.id.toString(), reason);
        return "listing restored to " + complaint.listingStatusBefore;
    }

    private static Optional<Complaint> otherComplaintHoldingTheListing(Complaint complaint) {
        return Complaint.find("listingId = ?1 and id <> ?2 and status in ?3", Sort.by("filedAt"),
                complaint.listingId, complaint.id, ComplaintLifecycle.HOLDING_LISTING_DOWN).firstResultOptional();
    }

    private Optional<ComplaintView> retriedStep(Complaint complaint, String idempotencyKey, String hash) {
        Optional<AuditEntry> step = AuditEntry.find("complaintId = ?1 and idempotencyKey = ?2", complaint.id,
                idempotencyKey).firstResultOptional();
        if (step.isEmpty()) {
            return Optional.empty();
        }
        if (!hash.equals(step.get().requestHash)) {
            throw keyReused(idempotencyKey, "step " + step.get().step + " of complaint " + complaint.id);
        }
        return Optional.of(view(complaint));
    }

    private ComplaintView replay(Complaint complaint, String idempotencyKey, String hash) {
        if (!complaint.requestHash.equals(hash)) {
            throw keyReused(idempotencyKey, "complaint " + complaint.id);
        }
        return view(complaint);
    }

    private static ProblemException keyReused(String idempotencyKey, String firstUse) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", "idempotency-key-reused",
                "Idempotency-Key '" + idempotencyKey + "' was already used for " + firstUse
                        + " with another request; use a new key for a new request"));
    }

    private static void checkStep(Complaint complaint, ComplaintStatus next) {
        try {
            ComplaintLifecycle.checkStep(complaint.status, next);
        } catch (IllegalStepException e) {
            throw new ProblemException(Problem.of(409, "Conflict", "illegal-complaint-step",
                    "Complaint " + complaint.id + ": " + e.getMessage()));
        }
    }

    private void audit(Complaint complaint, ComplaintStatus step, Actor actor, OffsetDateTime at, String detail,
            String idempotencyKey, String requestHash) {
        AuditEntry entry = new AuditEntry();
        entry.complaintId = complaint.id;
        entry.step = step;
        entry.actorRole = actor.role().tokenRole();
        entry.actorId = actor.id();
        entry.at = at;
        entry.detail = detail.length() <= DETAIL_LENGTH_MAX ? detail : detail.substring(0, DETAIL_LENGTH_MAX);
        entry.idempotencyKey = idempotencyKey;
        entry.requestHash = requestHash;
        entry.persist();
        meters.counter("governance.ip.complaint.steps", "step", step.name()).increment();
    }

    private ComplaintView view(Complaint complaint) {
        return ComplaintView.of(complaint, ComplaintImageMatch.list("complaintId", complaint.id),
                config.counterNoticeWindowDays());
    }

    private static Optional<Complaint> locked(UUID complaintId) {
        return Optional.ofNullable(Complaint.findById(complaintId, LockModeType.PESSIMISTIC_WRITE));
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", "validation",
                "The complaint cannot be filed").withErrors(List.of(new Problem.FieldError(field, message))));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
