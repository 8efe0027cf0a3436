package dev.livecommerce.governance.appeal;

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

/**
 * The internal appeal API, called by the gateway, which authenticates the caller and passes the merchant or reviewer
 * id it proved. Not exposed outside the cluster.
 */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class AppealResource {

    public static final String MERCHANT_HEADER = "X-Merchant-Id";
    public static final String REVIEWER_HEADER = "X-Reviewer-Id";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    static final int PAGE_SIZE_MAX = 200;

    private final AppealFiling filing;
    private final AppealRuling ruling;
    private final AppealQueries queries;

    AppealResource(AppealFiling filing, AppealRuling ruling, AppealQueries queries) {
        this.filing = filing;
        this.ruling = ruling;
        this.queries = queries;
    }

    @POST
    @Operation(summary = "File an appeal against an INTERCEPTED listing decision or a penalty", description = "201 with the appeal. 404 when the target is unknown or another merchant's, 409 when it has an open "
            + "appeal or was overturned, 422 when the appeal window has closed. A retry with the same "
            + "Idempotency-Key returns the first answer.")
    public Response file(
            @HeaderParam(MERCHANT_HEADER) @NotBlank @Size(max = 64) String merchantId,
            @HeaderParam(IDEMPOTENCY_HEADER) @NotBlank @Size(max = 128) String idempotencyKey,
            @Valid @NotNull FileAppealRequest request) {
        return Response.status(Response.Status.CREATED).entity(filing.file(merchantId, idempotencyKey, request))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An appeal, with its decision and, for an overturn, what was restored")
    public AppealView get(@PathParam("id") UUID id) {
        return queries.find(id).orElseThrow(() -> ProblemException.notFound("Appeal " + id));
    }

    @GET
    @Operation(summary = "Appeals, oldest filing first", description = "overdue=true lists the open appeals past their decision deadline (status is then ignored).")
    public List<AppealView> list(@QueryParam("status") AppealStatus status,
            @QueryParam("merchantId") @Size(min = 1, max = 64) String merchantId,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PAGE_SIZE_MAX) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return queries.list(new AppealQueries.Filter(status, merchantId, overdue, limit, offset));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Uphold or overturn an open appeal", description = "An overturn voids the points of the appealed decisions, reinstates their listings, lifts the penalties "
            + "that no longer hold and publishes appeal-decided, all in one transaction. 409 when the appeal is "
            + "already decided.")
    public AppealView decide(@PathParam("id") UUID id,
            @HeaderParam(REVIEWER_HEADER) @NotBlank @Size(max = 128) String reviewerId,
            @Valid @NotNull DecideAppealRequest request) {
        return ruling.decide(id, reviewerId, request);
    }
}
