package dev.livecommerce.gateway.campaign;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;

/** Governance campaigns and rule replays: operators run them, reviewers read their results. */
@Path("/api/governance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@SecurityRequirement(name = "bearer")
public class CampaignRoutes {

    private final CampaignClient governance;
    private final Caller caller;

    CampaignRoutes(@RestClient CampaignClient governance, Caller caller) {
        this.governance = governance;
        this.caller = caller;
    }

    @POST
    @Path("/campaigns")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Start a campaign", description = "Body: {name, description, rules: [{id, version}], "
            + "categories, merchantIds, startsAt, endsAt}. While it runs its rules check new listings in scope, "
            + "and a sweep checks the listings already live in scope, in bounded batches that resume after a "
            + "restart.")
    public Response create(@NotNull JsonNode campaign) {
        return Relayed.of(governance.create(caller.staffId(), campaign)).toResponse();
    }

    @GET
    @Path("/campaigns")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "Every campaign with its results")
    public Response list() {
        return Relayed.of(governance.list()).toResponse();
    }

    @GET
    @Path("/campaigns/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "A campaign's results: listings checked, intercepted, sent to review, appealed, overturned")
    public Response campaign(@PathParam("id") UUID id) {
        return Relayed.of(governance.campaign(id)).toResponse();
    }

    @POST
    @Path("/campaigns/{id}/cancellation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Stop a campaign before its end")
    public Response cancel(@PathParam("id") UUID id) {
        return Relayed.of(governance.cancel(id)).toResponse();
    }

    @POST
    @Path("/replays")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Replay a rule version over the stored listings", description = "Body: {ruleId, version}. "
            + "Answers 202 with the replay; poll it for progress and for the difference from the decisions taken.")
    public Response startReplay(@NotNull JsonNode replay) {
        return Relayed.of(governance.startReplay(caller.staffId(), replay)).toResponse();
    }

    @GET
    @Path("/replays/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "A replay's progress and report")
    public Response replay(@PathParam("id") UUID id) {
        return Relayed.of(governance.replay(id)).toResponse();
    }
}
