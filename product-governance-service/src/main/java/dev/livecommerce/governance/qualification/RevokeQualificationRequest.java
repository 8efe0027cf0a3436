package dev.livecommerce.governance.qualification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff withdraw a document (forged, withdrawn by the authority, wrong merchant ...). */
public record RevokeQualificationRequest(@NotBlank @Size(max = 1000) String reason) {
}
