package dev.livecommerce.gateway.moderation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** Stands in for livestream-moderation-service at the HTTP boundary, so these tests see what the gateway forwards. */
@Path("/test-moderation")
public class FakeModeration {

    static final UUID HOST_APPEAL = UUID.fromString("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d");
    static final Map<String, String> last = new ConcurrentHashMap<>();

    @POST
    @Path("/rooms")
    public Response start(JsonNode room) {
        last.put("start", room.toString());
        if (room.path("hostId").asText().equals("host-banned")) {
            return Response.status(403).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:host-banned", "status", 403)).build();
        }
        return Response.status(201).entity(Map.of("roomId", room.path("roomId").asText(), "state", "LIVE")).build();
    }

    @GET
    @Path("/hosts/{id}")
    public Response host(@PathParam("id") String hostId, @QueryParam("historyLimit") Integer historyLimit) {
        return Response.ok(Map.of("hostId", hostId, "banned", false)).build();
    }

    @GET
    @Path("/moderation-totals")
    public Response totals(@QueryParam("date") String date) {
        last.put("totals", String.valueOf(date));
        return Response.ok(Map.of("date", date, "roomsCut", 3)).build();
    }

    @POST
    @Path("/appeals")
    public Response file(@HeaderParam("X-Host-Id") String hostId, @HeaderParam("X-Merchant-Id") String merchantId,
            JsonNode appeal) {
        last.put("X-Host-Id", String.valueOf(hostId));
        last.put("X-Merchant-Id", String.valueOf(merchantId));
        return Response.status(201).entity(Map.of("appealId", HOST_APPEAL.toString(), "status", "OPEN")).build();
    }

    @GET
    @Path("/appeals/{id}")
    public Response appeal(@PathParam("id") UUID id) {
        return Response.ok(Map.of("appealId", id.toString(), "appellantKind", "HOST", "appellantId", "host-xiaoya"))
                .build();
    }

    @POST
    @Path("/appeals/{id}/decision")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("X-Reviewer-Id") String reviewerId,
            JsonNode decision) {
        last.put("X-Reviewer-Id", reviewerId);
        return Response.ok(Map.of("appealId", id.toString(), "status", decision.path("outcome").asText())).build();
    }

    @POST
    @Path("/text-checks")
    public Map<String, Object> check(JsonNode request) {
        return Map.of("violations", List.of(Map.of("ruleId", "false-price", "matchedText",
                request.path("text").asText())));
    }

    @POST
    @Path("/segments")
    public Response post(JsonNode batch) {
        if (batch.path("segments").path(0).path("roomId").asText().equals("room-ended")) {
            return Response.status(422).type("application/problem+json").entity(Map.of("type",
                    "urn:livecommerce:problem:invalid-segments", "status", 422, "errors",
                    List.of(Map.of("field", "segments[0].roomId", "message", "room room-ended is ENDED, not LIVE"))))
                    .build();
        }
        return Response.accepted(Map.of("accepted", batch.path("segments").size(), "rooms", 1)).build();
    }
}
