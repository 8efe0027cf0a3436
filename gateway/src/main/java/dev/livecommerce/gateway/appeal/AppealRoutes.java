package dev.livecommerce.gateway.appeal;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Appeals: merchants file and read their own; reviewers work the open ones, oldest first, and decide them; operators
 * read all.
 */
@Path("/api/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
@SecurityRequirement(name = "bearer")
public class AppealRoutes {

    private final AppealClient governance;
    private final Caller caller;
    private final ObjectMapper mapper;

    AppealRoutes(@RestClient AppealClient governance, Caller caller, ObjectMapper mapper) {
        this.governance = governance;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Appeal an intercepted listing decision or a penalty", description = "201 with the appeal; a reviewer decides it by decisionDueAt (72 h). 404 when the decision or "
            + "penalty is unknown or another merchant's, 409 when it already has an open appeal or was overturned, "
            + "422 when the appeal window (15 days) has closed. A retry with the same Idempotency-Key returns the "
            + "first answer.")
    public Response file(
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 128) String idempotencyKey,
            @RequestBody(description = "targetType (LISTING_DECISION or PENALTY), targetId (the reviewId of the "
                    + "decision or the penaltyId), statement (1-2000 chars), evidence (up to 10 of {url, note})") @NotNull JsonNode appeal) {
        return Relayed.of(governance.file(caller.merchantId(), idempotencyKey, appeal)).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "An appeal, with its decision and, for an overturn, what was restored")
    public Response get(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(governance.appeal(id));
        if (answer.isSuccess() && !caller.mayRead(ownerOf(answer))) {
            // Another merchant's appeal answers exactly like a missing one: no existence leak.
            throw ProblemException.notFound("Appeal " + id);
        }
        return answer.toResponse();
    }

    @GET
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Appeals, oldest filing first", description = "A merchant sees its own only. status=OPEN is the reviewers' queue; overdue=true lists the open "
            + "appeals past their decision deadline. limit 1-200 (default 50), offset.")
    public Response list(@QueryParam("status") String status, @QueryParam("merchantId") String merchantId,
            @QueryParam("overdue") Boolean overdue, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset) {
        String whose = caller.isMerchant() ? caller.merchantId() : merchantId;
        return Relayed.of(governance.appeals(status, whose, overdue, limit, offset)).toResponse();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Uphold or overturn an open appeal", description = "outcome UPHELD or OVERTURNED, reason (shown to the merchant). An overturn voids the decision's "
            + "points, reinstates the listing and lifts penalties that no longer hold, in one step. 409 when the "
            + "appeal is already decided.")
    public Response decide(@PathParam("id") UUID id, @NotNull JsonNode decision) {
        return Relayed.of(governance.decide(id, caller.staffId(), decision)).toResponse();
    }

    private String ownerOf(Relayed appeal) {
        try {
            return mapper.readTree(appeal.body()).path("merchantId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("product-governance-service answered an appeal that is not JSON", e);
        }
    }
}
