package dev.livecommerce.governance.image;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pictures of a listing, internal API called by the gateway with the merchant it proved. */
@Path("/listings/{listingId}/images")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Images")
public class ListingImageResource {

    private final ListingImages listingImages;

    ListingImageResource(ListingImages listingImages) {
        this.listingImages = listingImages;
    }

    @PUT
    @Operation(summary = "Set the pictures a listing shows (ids of pictures its merchant registered), in order")
    public ListingImages.ListingImagesView attach(@PathParam("listingId") UUID listingId,
            @HeaderParam(ImageResource.MERCHANT_HEADER) @NotBlank @Size(max = 64) String merchantId,
            @Valid @NotNull AttachImagesRequest request) {
        return listingImages.attach(listingId, merchantId, request.imageIds());
    }

    @GET
    @Operation(summary = "The pictures a listing shows, with their fingerprints and originals")
    public ListingImages.ListingImagesView get(@PathParam("listingId") UUID listingId) {
        return listingImages.of(listingId);
    }
}
