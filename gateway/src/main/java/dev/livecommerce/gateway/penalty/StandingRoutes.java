package dev.livecommerce.gateway.penalty;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/** A merchant's penalty standing: merchants read their own; reviewers and operators read any. */
@Path("/api/merchants/{merchantId}/standing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Penalties")
@SecurityRequirement(name = "bearer")
public class StandingRoutes {

    private final StandingClient governance;
    private final Caller caller;

    StandingRoutes(@RestClient StandingClient governance, Caller caller) {
        this.governance = governance;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MERCHANT, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Penalty level, active violation points, next threshold, penalties in force and history", description = "Levels: GOOD_STANDING, LISTING_RESTRICTED (12 points), TRAFFIC_LIMITED (24), SUSPENDED (36, "
            + "no new listings), TERMINATED (48). historyLimit (1-200, default 50) bounds each history list.")
    public Response standing(@PathParam("merchantId") String merchantId,
            @QueryParam("historyLimit") Integer historyLimit) {
        if (!caller.mayRead(merchantId)) {
            // Another merchant's standing answers exactly like a missing resource: no existence leak.
            throw ProblemException.notFound("Standing of merchant " + merchantId);
        }
        return Relayed.of(governance.standing(merchantId, historyLimit)).toResponse();
    }
}
