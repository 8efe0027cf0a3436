package dev.livecommerce.governance.ip;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The merchant's answer to an upheld complaint: why the listing does not infringe, and what shows it. */
public record CounterNoticeRequest(
        @NotBlank @Size(max = 5000) String statement,
        @NotNull @Size(max = ComplaintService.EVIDENCE_MAX) List<@NotBlank @Size(max = 2000) String> evidence) {

    String hash() {
        return RequestHash.of(statement, evidence);
    }
}
