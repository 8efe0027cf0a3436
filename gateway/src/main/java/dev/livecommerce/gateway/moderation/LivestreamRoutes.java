package dev.livecommerce.gateway.moderation;

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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * Livestream sessions and the operators' view of them: the live system starts and ends rooms; reviewers and
 * operators read rooms, hosts and the day's totals; a host reads its own record.
 */
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Livestream moderation")
@SecurityRequirement(name = "bearer")
public class LivestreamRoutes {

    private final ModerationClient moderation;
    private final HostCaller host;

    LivestreamRoutes(@RestClient ModerationClient moderation, HostCaller host) {
        this.moderation = moderation;
        this.host = host;
    }

    @POST
    @Path("/rooms")
    @RolesAllowed(Roles.LIVE_SYSTEM)
    @Operation(summary = "A session goes live", description = "roomId, merchantId, hostId, categories (FOOD, COSMETICS, APPAREL, ...), startedAt (optional). 201; 200 for a retry of a live room; 403 host-banned; 409 room-live or room-cut.")
    public Response start(@NotNull JsonNode room) {
        return Relayed.of(moderation.start(room)).toResponse();
    }

    @POST
    @Path("/rooms/{id}/end")
    @RolesAllowed(Roles.LIVE_SYSTEM)
    @Operation(summary = "A session ends", description = "reason HOST_ENDED (default), SCHEDULE_OVER or CONNECTION_LOST; endedAt (optional).")
    public Response end(@PathParam("id") String roomId, JsonNode end) {
        return Relayed.of(moderation.end(roomId, end == null ? JsonNodeFactory.instance.objectNode() : end))
                .toResponse();
    }

    @GET
    @Path("/rooms/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR, Roles.LIVE_SYSTEM})
    @Operation(summary = "A room's live state and history", description = "State, ladder step, unexpired strike points, newest violations, warnings, throttles, cut and boosts (historyLimit 1-200).")
    public Response room(@PathParam("id") String roomId, @QueryParam("historyLimit") Integer historyLimit) {
        return Relayed.of(moderation.room(roomId, historyLimit)).toResponse();
    }

    @GET
    @Path("/hosts/{id}")
    @RolesAllowed({Roles.HOST, Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "A host's record", description = "Banned or not, unexpired strike points, strikes, cuts, bans, appeals. A host reads its own only (another host's is a 404).")
    public Response host(@PathParam("id") String hostId, @QueryParam("historyLimit") Integer historyLimit) {
        if (host.isHost() && !host.hostId().equals(hostId)) {
            throw ProblemException.notFound("Host " + hostId);
        }
        return Relayed.of(moderation.host(hostId, historyLimit)).toResponse();
    }

    @GET
    @Path("/totals")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "The day's totals", description = "date=YYYY-MM-DD (UTC, default today): rooms warned, throttled, cut; hosts banned; penalties lifted.")
    public Response totals(@QueryParam("date") String date) {
        return Relayed.of(moderation.totals(date)).toResponse();
    }
}
