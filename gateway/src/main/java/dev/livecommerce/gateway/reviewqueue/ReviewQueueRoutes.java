package dev.livecommerce.gateway.reviewqueue;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;

/**
 * The human review queue: reviewers claim, renew, release and decide; operators watch. The reviewer is always the
 * token's subject, never a value the client sends.
 */
@Path("/api/governance/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue")
@SecurityRequirement(name = "bearer")
public class ReviewQueueRoutes {

    private final ReviewQueueClient governance;
    private final Caller caller;

    ReviewQueueRoutes(@RestClient ReviewQueueClient governance, Caller caller) {
        this.governance = governance;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Open items, oldest first, with the reasons and who holds each until when")
    public Response open(@QueryParam("limit") Integer limit) {
        return Relayed.of(governance.open(limit)).toResponse();
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "One item, open or closed")
    public Response get(@PathParam("itemId") UUID itemId) {
        return Relayed.of(governance.get(itemId)).toResponse();
    }

    @POST
    @Path("/claims")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Claim the oldest free item", description = "200 with the item and a lease of "
            + "governance.review-queue.lease-seconds (300 s by default); 204 when no item is free.")
    public Response claimNext() {
        return Relayed.of(governance.claimNext(caller.staffId())).toResponse();
    }

    @POST
    @Path("/{itemId}/claim")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Claim this item; 409 while another reviewer's lease runs")
    public Response claim(@PathParam("itemId") UUID itemId) {
        return Relayed.of(governance.claim(itemId, caller.staffId())).toResponse();
    }

    @POST
    @Path("/{itemId}/renew")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Extend your running lease; 409 when it ran out or is not yours")
    public Response renew(@PathParam("itemId") UUID itemId) {
        return Relayed.of(governance.renew(itemId, caller.staffId())).toResponse();
    }

    @POST
    @Path("/{itemId}/release")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Give the item back to the queue")
    public Response release(@PathParam("itemId") UUID itemId) {
        return Relayed.of(governance.release(itemId, caller.staffId())).toResponse();
    }

    @POST
    @Path("/{itemId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Approve or intercept the listing of the item you hold", description = "Needs your "
            + "running lease (else 409). Records a new review decided by REVIEWER and publishes listing-reviewed.")
    public Response decide(@PathParam("itemId") UUID itemId,
            @RequestBody(description = "decision (APPROVE or INTERCEPT) and note (1-2000 characters)") @NotNull JsonNode decision) {
        return Relayed.of(governance.decide(itemId, caller.staffId(), decision)).toResponse();
    }
}
