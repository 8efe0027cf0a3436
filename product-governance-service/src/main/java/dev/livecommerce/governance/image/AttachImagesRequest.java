package dev.livecommerce.governance.image;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The pictures a listing shows, in order; an empty list removes them all. */
public record AttachImagesRequest(
        @NotNull @Size(max = ListingImages.IMAGES_MAX) List<@NotNull UUID> imageIds) {
}
