package dev.livecommerce.moderation.appeal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /appeals: the cut or ban appealed, why, and evidence (up to 10 links). */
public record FileAppealRequest(@NotNull UUID penaltyId, @NotBlank @Size(max = 2000) String statement,
        @Size(max = 10) List<@Valid EvidenceItem> evidence) {

    public record EvidenceItem(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
            @Size(max = 500) String note) {
    }
}
