package dev.livecommerce.gateway.moderation;

import java.util.UUID;

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

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** livestream-moderation-service: rooms, hosts, totals, appeals, segment intake and text checks. Answers are returned as they come. */
@RegisterRestClient(configKey = "moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ModerationClient {

    @POST
    @Path("/rooms")
    Response start(JsonNode room);

    @POST
    @Path("/rooms/{id}/end")
    Response end(@PathParam("id") String roomId, JsonNode end);

    @GET
    @Path("/rooms/{id}")
    Response room(@PathParam("id") String roomId, @QueryParam("historyLimit") Integer historyLimit);

    @GET
    @Path("/hosts/{id}")
    Response host(@PathParam("id") String hostId, @QueryParam("historyLimit") Integer historyLimit);

    @GET
    @Path("/moderation-totals")
    Response totals(@QueryParam("date") String date);

    @POST
    @Path("/appeals")
    Response file(@HeaderParam("X-Host-Id") String hostId, @HeaderParam("X-Merchant-Id") String merchantId,
            JsonNode appeal);

    @GET
    @Path("/appeals/{id}")
    Response appeal(@PathParam("id") UUID id);

    @GET
    @Path("/appeals")
    Response appeals(@QueryParam("status") String status, @QueryParam("hostId") String hostId,
            @QueryParam("overdue") Boolean overdue, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset);

    @POST
    @Path("/appeals/{id}/decision")
    Response decide(@PathParam("id") UUID id, @HeaderParam("X-Reviewer-Id") String reviewerId, JsonNode decision);

    @GET
    @Path("/rules/overturns")
    Response ruleOverturns(@QueryParam("ruleId") String ruleId, @QueryParam("limit") Integer limit);

    @POST
    @Path("/text-checks")
    Response checkText(JsonNode request);

    @POST
    @Path("/segments")
    Response postSegments(JsonNode batch);
}
