package dev.livecommerce.moderation.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /appeals/{id}/decision. */
public record DecideAppealRequest(
        @NotNull @Pattern(regexp = "UPHELD|OVERTURNED", message = "must be UPHELD or OVERTURNED") String outcome,
        @NotBlank @Size(max = 2000) String reason) {
}
