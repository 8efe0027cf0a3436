package dev.livecommerce.governance.appeal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One piece of evidence for an appeal: a link (http or https), a note, or both. */
public record Evidence(
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Size(min = 1, max = 1000) String note) {

    @JsonIgnore
    @AssertTrue(message = "a piece of evidence needs a url or a note")
    public boolean isUrlOrNote() {
        return url != null || note != null;
    }
}
