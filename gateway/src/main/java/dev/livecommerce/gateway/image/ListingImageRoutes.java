package dev.livecommerce.gateway.image;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.ip.Party;
import dev.livecommerce.gateway.security.Roles;

/** The pictures a merchant's listing shows. */
@Path("/api/listings/{listingId}/images")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Images")
@SecurityRequirement(name = "bearer")
public class ListingImageRoutes {

    private final ImageClient images;
    private final Party party;

    ListingImageRoutes(@RestClient ImageClient images, Party party) {
        this.images = images;
        this.party = party;
    }

    @PUT
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Set the pictures one of the caller's listings shows, in order", description = "Ids of "
            + "pictures the caller registered with POST /api/governance/images; another merchant's listing is a 404.")
    public Response attach(@PathParam("listingId") UUID listingId,
            @RequestBody(description = "imageIds: up to 20 picture ids, in display order") @NotNull JsonNode images) {
        return Relayed.of(this.images.attach(listingId, party.merchantId(), images)).toResponse();
    }
}
