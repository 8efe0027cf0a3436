package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.livecommerce.governance.listing.Category;

/** An operator's campaign: the rule versions it runs, on which listings, from when to when. */
public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull RuleRef> rules,
        Set<@NotNull Category> categories,
        @Size(max = 1000) Set<@NotBlank @Size(max = 64) String> merchantIds,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt) {

    /** A rule version by id and version number. */
    public record RuleRef(@NotBlank String id, @Min(1) int version) {
    }
}
