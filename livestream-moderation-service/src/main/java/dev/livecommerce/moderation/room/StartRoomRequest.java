package dev.livecommerce.moderation.room;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** POST /rooms: the live system reports a session going live. startedAt defaults to now. */
public record StartRoomRequest(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only") String roomId,
        @NotBlank @Size(max = 64) String merchantId,
        @NotBlank @Size(max = 128) String hostId,
        @NotEmpty @Size(max = 9) List<@Pattern(regexp = "FOOD|COSMETICS|APPAREL|ELECTRONICS|HOME|HEALTH_FOOD|FRESH_PRODUCE|BABY|OTHER", message = "must be one of FOOD, COSMETICS, APPAREL, ELECTRONICS, HOME, HEALTH_FOOD, FRESH_PRODUCE, BABY, OTHER") String> categories,
        OffsetDateTime startedAt) {
}
