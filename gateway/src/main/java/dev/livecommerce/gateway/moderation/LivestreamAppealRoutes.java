package dev.livecommerce.gateway.moderation;

import java.io.IOException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * Appeals of a livestream cut or a hosting ban: the host or a responsible merchant files (as its token says);
 * reviewers decide; operators read; rule overturn counts for reviewers and operators.
 */
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Livestream appeals")
@SecurityRequirement(name = "bearer")
public class LivestreamAppealRoutes {

    private final ModerationClient moderation;
    private final HostCaller host;
    private final Caller caller;
    private final ObjectMapper mapper;

    LivestreamAppealRoutes(@RestClient ModerationClient moderation, HostCaller host, Caller caller,
            ObjectMapper mapper) {
        this.moderation = moderation;
        this.host = host;
        this.caller = caller;
        this.mapper = mapper;
    }

    @POST
    @Path("/appeals")
    @RolesAllowed({Roles.HOST, Roles.MERCHANT})
    @Operation(summary = "Appeal a cut or a ban", description = "penaltyId, statement (1-2000), evidence (up to 10 of {url, note}). 201; 404 when the penalty is not the caller's; 409 when already appealed or lifted; 422 after 15 days.")
    public Response file(@NotNull JsonNode appeal) {
        return host.isHost()
                ? Relayed.of(moderation.file(host.hostId(), null, appeal)).toResponse()
                : Relayed.of(moderation.file(null, caller.merchantId(), appeal)).toResponse();
    }

    @GET
    @Path("/appeals/{id}")
    @RolesAllowed({Roles.HOST, Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "An appeal and its decision", description = "A host or merchant sees the appeals it filed only.")
    public Response appeal(@PathParam("id") UUID id) {
        Relayed answer = Relayed.of(moderation.appeal(id));
        if (answer.isSuccess() && !mayRead(answer)) {
            throw ProblemException.notFound("Appeal " + id);
        }
        return answer.toResponse();
    }

    @GET
    @Path("/appeals")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Appeals, oldest first", description = "status, hostId, overdue=true, limit 1-200, offset.")
    public Response appeals(@QueryParam("status") String status, @QueryParam("hostId") String hostId,
            @QueryParam("overdue") Boolean overdue, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset) {
        return Relayed.of(moderation.appeals(status, hostId, overdue, limit, offset)).toResponse();
    }

    @POST
    @Path("/appeals/{id}/decision")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Uphold or overturn", description = "outcome UPHELD or OVERTURNED, reason. An overturn lifts the penalty, removes its strikes and counts against the rule, in one step. 409 when already decided.")
    public Response decide(@PathParam("id") UUID id, @NotNull JsonNode decision) {
        return Relayed.of(moderation.decide(id, caller.staffId(), decision)).toResponse();
    }

    @GET
    @Path("/rules/overturns")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Overturned livestream appeals per rule version")
    public Response ruleOverturns(@QueryParam("ruleId") String ruleId, @QueryParam("limit") Integer limit) {
        return Relayed.of(moderation.ruleOverturns(ruleId, limit)).toResponse();
    }

    private boolean mayRead(Relayed appeal) {
        boolean isMerchant = caller.isMerchant();
        if (!host.isHost() && !isMerchant) {
            return true;
        }
        try {
            JsonNode body = mapper.readTree(appeal.body());
            String appellant = body.path("appellantId").asText();
            return host.isHost() ? appellant.equals(host.hostId()) : appellant.equals(caller.merchantId());
        } catch (IOException e) {
            throw new IllegalStateException("livestream-moderation-service answered an appeal that is not JSON", e);
        }
    }
}
