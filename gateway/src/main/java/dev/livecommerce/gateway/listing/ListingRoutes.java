package dev.livecommerce.gateway.listing;

import java.io.IOException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.GovernanceClient;
import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/** Listings: merchants submit and read their own; reviewers and operators read any. */
@Path("/api/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
@SecurityRequirement(name = "bearer")
public class ListingRoutes {

    private final GovernanceClient governance;
    private final Caller caller;
    private final ObjectMapper mapper;

    ListingRoutes(@RestClient GovernanceClient governance, Caller caller, ObjectMapper mapper) {
        this.governance = governance;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Submit a listing for review", description = "Answers 202 with the listing id; the review decision follows within seconds "
            + "(GET /api/listings/{id}, or the listing-reviewed topic). A retry with the same "
            + "Idempotency-Key returns the first answer.")
    public Response submit(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "title (1-120 chars), description (up to 5000), category (FOOD, COSMETICS, "
                    + "APPAREL, ELECTRONICS, HOME, HEALTH_FOOD, FRESH_PRODUCE, BABY, OTHER), priceFen (integer)") @NotNull JsonNode listing) {
        return Relayed.of(governance.submitListing(caller.merchantId(), idempotencyKey, listing)).toResponse();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Edit one of the caller's listings", description = "A new revision, reviewed again like a "
            + "new submission; answers 202. Another merchant's listing answers 404.")
    public Response edit(@PathParam("id") UUID id, @NotNull JsonNode listing) {
        return Relayed.of(governance.editListing(id, caller.merchantId(), listing)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A listing with its status, review decision and evidence")
    public Response get(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(governance.listing(id));
        if (answer.isSuccess() && !caller.mayRead(ownerOf(answer))) {
            // Another merchant's listing answers exactly like a missing one: no existence leak.
            throw ProblemException.notFound("Listing " + id);
        }
        return answer.toResponse();
    }

    private String ownerOf(Relayed listing) {
        try {
            return mapper.readTree(listing.body()).path("merchantId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("product-governance-service answered a listing that is not JSON", e);
        }
    }
}
