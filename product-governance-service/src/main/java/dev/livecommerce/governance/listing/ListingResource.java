package dev.livecommerce.governance.listing;

import java.util.UUID;

import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.ProblemException;

/**
 * The service's internal listing API, called by the gateway, which authenticates the caller and passes the merchant
 * id it proved. Not exposed outside the cluster.
 */
@Path("/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
public class ListingResource {

    public static final String MERCHANT_HEADER = "X-Merchant-Id";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final ListingService listings;

    ListingResource(ListingService listings) {
        this.listings = listings;
    }

    @POST
    @Operation(summary = "Submit a listing for review; answers 202 with its id, the decision follows asynchronously")
    public Response submit(
            @HeaderParam(MERCHANT_HEADER) @NotBlank @Size(max = 64) String merchantId,
            @HeaderParam(IDEMPOTENCY_HEADER) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull SubmitListingRequest request) {
        SubmissionReceipt receipt = listings.submit(merchantId, idempotencyKey, request);
        return Response.accepted(receipt).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Edit the merchant's listing: a new revision, reviewed again; answers 202")
    public Response edit(@PathParam("id") UUID id,
            @HeaderParam(MERCHANT_HEADER) @NotBlank @Size(max = 64) String merchantId,
            @Valid @NotNull SubmitListingRequest request) {
        return Response.accepted(listings.edit(merchantId, id, request)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A listing with its review decision and the evidence behind it")
    public ListingView get(@PathParam("id") UUID id) {
        return listings.find(id).orElseThrow(() -> ProblemException.notFound("Listing " + id));
    }
}
