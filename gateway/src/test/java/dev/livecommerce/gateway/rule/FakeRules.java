package dev.livecommerce.gateway.rule;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** product-governance-service's rule and text-check API at the HTTP boundary: echoes what the gateway forwards. */
@Path("/test-governance")
public class FakeRules {

    @POST
    @Path("/rules")
    public Response create(@HeaderParam("X-Actor-Id") String actor, JsonNode rule) {
        return Response.status(201).entity(Map.of("id", rule.path("id").asText(), "version", 1, "status", "DRAFT",
                "createdBy", String.valueOf(actor))).build();
    }

    @POST
    @Path("/rules/{id}/versions/{version}/status")
    public Response changeStatus(@PathParam("id") String id, @PathParam("version") int version,
            @HeaderParam("X-Actor-Id") String actor, JsonNode change) {
        if (version > 9) {
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:rule-not-found", "status", 404)).build();
        }
        return Response.ok(Map.of("id", id, "version", version, "status", change.path("status").asText(),
                "changedBy", String.valueOf(actor))).build();
    }

    @GET
    @Path("/rules/shadow-report")
    public List<Map<String, Object>> shadowReport() {
        return List.of(Map.of("ruleId", "absolute-terms", "version", 2, "fired", 3));
    }

    @POST
    @Path("/text-checks")
    public Map<String, Object> check(JsonNode request) {
        return Map.of("violations", List.of(Map.of("ruleId", "absolute-terms", "matchedText",
                request.path("text").asText())));
    }
}
