package dev.livecommerce.governance.ip;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.ProblemException;

/** Rights holders' trademarks, internal API called by the gateway with the rights holder it proved. */
@Path("/ip/trademarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "IP protection")
public class TrademarkResource {

    private final TrademarkService trademarks;

    TrademarkResource(TrademarkService trademarks) {
        this.trademarks = trademarks;
    }

    @POST
    @Operation(summary = "Register a trademark; 201, the same answer again for a retry with the same Idempotency-Key")
    public Response register(
            @HeaderParam(IpHeaders.RIGHTS_HOLDER) @NotBlank @Size(max = 128) String rightsHolderId,
            @HeaderParam(IpHeaders.IDEMPOTENCY_KEY) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull RegisterTrademarkRequest request) {
        TrademarkView trademark = trademarks.register(rightsHolderId, idempotencyKey, request);
        return Response.created(URI.create("/ip/trademarks/" + trademark.trademarkId())).entity(trademark).build();
    }

    @GET
    @Operation(summary = "A rights holder's trademarks, oldest first")
    public List<TrademarkView> list(
            @QueryParam("rightsHolderId") @NotBlank @Size(max = 128) String rightsHolderId,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(TrademarkService.PAGE_SIZE_MAX) int size) {
        return trademarks.of(rightsHolderId, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One trademark")
    public TrademarkView get(@PathParam("id") UUID id) {
        return trademarks.find(id).orElseThrow(() -> ProblemException.notFound("Trademark " + id));
    }
}
