package dev.livecommerce.governance.ip;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A rights holder's complaint against a listing. {@code trademarkId} is required for basis TRADEMARK and
 * {@code imageId} for ORIGINAL_IMAGE; neither is allowed otherwise. Evidence: URLs or notes, up to 20.
 */
public record FileComplaintRequest(
        @NotNull UUID listingId,
        @NotNull Basis basis,
        UUID trademarkId,
        UUID imageId,
        @NotBlank @Size(max = 5000) String statement,
        @NotNull @Size(max = ComplaintService.EVIDENCE_MAX) List<@NotBlank @Size(max = 2000) String> evidence) {

    String hash() {
        return RequestHash.of(listingId, basis, trademarkId, imageId, statement, evidence);
    }
}
