package dev.livecommerce.governance.ip;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A complaint as its parties and the reviewers see it; fields without a value are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(UUID complaintId, String rightsHolderId, UUID listingId, String merchantId, Basis basis,
        UUID trademarkId, UUID imageId, String statement, List<String> evidence, List<ImageMatch> imageMatches,
        ComplaintStatus status, OffsetDateTime filedAt, OffsetDateTime upheldAt,
        OffsetDateTime counterNoticeDeadline, CounterNotice counterNotice, OffsetDateTime updatedAt) {

    /** A picture of the listing found to copy the rights holder's original, found when the complaint was filed. */
    public record ImageMatch(UUID listingImageId, UUID originalImageId, int distance) {
    }

    public record CounterNotice(String statement, List<String> evidence, OffsetDateTime filedAt) {
    }

    static ComplaintView of(Complaint complaint, List<ComplaintImageMatch> matches, int windowDays) {
        OffsetDateTime deadline = complaint.upheldAt == null
                ? null
                : ComplaintLifecycle.counterNoticeDeadline(complaint.upheldAt, windowDays);
        CounterNotice counterNotice = complaint.counterFiledAt == null
                ? null
                : new CounterNotice(complaint.counterStatement, List.of(complaint.counterEvidence),
                        complaint.counterFiledAt);
        return new ComplaintView(complaint.id, complaint.rightsHolderId, complaint.listingId, complaint.merchantId,
                complaint.basis, complaint.trademarkId, complaint.imageId, complaint.statement,
                List.of(complaint.evidence), matches.stream()
                        .map(m -> new ImageMatch(m.listingImageId, m.originalImageId, m.distance)).toList(),
                complaint.status, complaint.filedAt, complaint.upheldAt, deadline, counterNotice,
                complaint.updatedAt);
    }
}
