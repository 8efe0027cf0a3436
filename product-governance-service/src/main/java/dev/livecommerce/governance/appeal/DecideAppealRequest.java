package dev.livecommerce.governance.appeal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's ruling and the reason the merchant is shown. */
public record DecideAppealRequest(@NotNull AppealOutcome outcome, @NotBlank @Size(max = 2000) String reason) {
}
