package dev.livecommerce.gateway.moderation;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** livestream-moderation-service's API at the HTTP boundary: echoes what the gateway forwards. */
@Path("/test-moderation")
public class FakeModeration {

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
