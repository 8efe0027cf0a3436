package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import dev.livecommerce.moderation.ladder.AppealPolicy.AppellantKind;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/**
 * Appeals of cuts and bans. The gateway names the appellant (X-Host-Id or X-Merchant-Id, from the token) and the
 * reviewer (X-Reviewer-Id).
 */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class AppealResource {

    private final AppealService appeals;

    AppealResource(AppealService appeals) {
        this.appeals = appeals;
    }

    @POST
    @Operation(summary = "Appeal a cut or a ban", description = "Exactly one of X-Host-Id (the host of the penalty) or X-Merchant-Id (a merchant responsible for it). 201 with the appeal; 404 when the penalty is unknown, not a cut or ban, or not the appellant's; 409 when it already has an appeal or was lifted; 422 when the filing window has closed.")
    public Response file(@HeaderParam("X-Host-Id") @Size(max = 128) String hostId,
            @HeaderParam("X-Merchant-Id") @Size(max = 64) String merchantId,
            @Valid @NotNull FileAppealRequest request) {
        if ((hostId == null) == (merchantId == null)) {
            throw ProblemException.badRequest("appellant-missing",
                    "Exactly one of the headers X-Host-Id and X-Merchant-Id names the appellant");
        }
        LivestreamAppeal appeal = hostId != null
                ? appeals.file(AppellantKind.HOST, hostId, request)
                : appeals.file(AppellantKind.MERCHANT, merchantId, request);
        return Response.status(201).entity(AppealView.of(appeal, now())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An appeal and its decision")
    public AppealView get(@PathParam("id") UUID id) {
        return LivestreamAppeal.<LivestreamAppeal>findByIdOptional(id).map(a -> AppealView.of(a, now()))
                .orElseThrow(() -> ProblemException.notFound("Appeal " + id));
    }

    @GET
    @Operation(summary = "Appeals, oldest filing first", description = "status (OPEN, UPHELD, OVERTURNED), hostId, overdue=true (open past the decision deadline), limit 1-200 (default 50), offset.")
    public List<AppealView> list(@QueryParam("status") AppealStatus status, @QueryParam("hostId") String hostId,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        OffsetDateTime now = now();
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null || overdue) {
            query.append(" and status = :status");
            params.and("status", overdue ? AppealStatus.OPEN : status);
        }
        if (hostId != null) {
            query.append(" and hostId = :hostId");
            params.and("hostId", hostId);
        }
        if (overdue) {
            query.append(" and decisionDueAt < :now");
            params.and("now", now);
        }
        return LivestreamAppeal.<LivestreamAppeal>find(query.toString(), Sort.by("filedAt"), params)
                .range(offset, offset + limit - 1).list().stream().map(a -> AppealView.of(a, now)).toList();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Uphold or overturn an open appeal", description = "outcome UPHELD or OVERTURNED, reason. An overturn lifts the penalty, removes the strikes it counted and counts against the rule versions behind them, in one transaction. 409 when already decided.")
    public AppealView decide(@PathParam("id") UUID id,
            @HeaderParam("X-Reviewer-Id") @NotBlank @Size(max = 128) String reviewerId,
            @Valid @NotNull DecideAppealRequest request) {
        return AppealView.of(appeals.decide(id, reviewerId, request), now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
