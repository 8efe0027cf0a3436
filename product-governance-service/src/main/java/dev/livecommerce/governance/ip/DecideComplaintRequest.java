package dev.livecommerce.governance.ip;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision and the reason given to both parties. */
public record DecideComplaintRequest(
        @NotNull ComplaintDecision decision,
        @NotBlank @Size(max = 2000) String reason) {

    String hash() {
        return RequestHash.of(decision, reason);
    }
}
