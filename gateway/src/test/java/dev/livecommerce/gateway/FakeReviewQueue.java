package dev.livecommerce.gateway;

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

/**
 * Stands in for product-governance-service's review queue API: one item, held by reviewer-ann, and an empty
 * queue for anyone claiming the next item.
 */
@Path("/test-governance/review-queue")
public class FakeReviewQueue {

    static final UUID ITEM = UUID.fromString("3d9e5b71-0c2f-4a86-b1e4-7f6a2c9d8e05");
    static final Map<String, String> lastReviewer = new ConcurrentHashMap<>();

    @GET
    public Response open(@QueryParam("limit") Integer limit) {
        return Response.ok(List.of(item("HELD"))).build();
    }

    @GET
    @Path("/{itemId}")
    public Response get(@PathParam("itemId") UUID itemId) {
        return Response.ok(item("HELD")).build();
    }

    @POST
    @Path("/claims")
    public Response claimNext(@HeaderParam("X-Reviewer-Id") String reviewerId) {
        lastReviewer.put("claims", String.valueOf(reviewerId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{itemId}/{action: claim|renew|release}")
    public Response act(@PathParam("itemId") UUID itemId, @PathParam("action") String action,
            @HeaderParam("X-Reviewer-Id") String reviewerId) {
        lastReviewer.put(action, String.valueOf(reviewerId));
        if (!"reviewer-ann".equals(reviewerId)) {
            return conflict("item-claimed");
        }
        return Response.ok(item(action.equals("release") ? "FREE" : "HELD")).build();
    }

    @POST
    @Path("/{itemId}/decision")
    public Response decide(@PathParam("itemId") UUID itemId, @HeaderParam("X-Reviewer-Id") String reviewerId,
            JsonNode body) {
        lastReviewer.put("decision", String.valueOf(reviewerId));
        if (!"reviewer-ann".equals(reviewerId)) {
            return conflict("item-not-claimed");
        }
        return Response.ok(Map.of("id", ITEM.toString(), "status", "DECIDED", "decision",
                Map.of("verdict", body.path("decision").asText(), "reviewerId", reviewerId))).build();
    }

    private static Map<String, Object> item(String leaseState) {
        return Map.of("id", ITEM.toString(), "status", "OPEN", "lease", Map.of("state", leaseState));
    }

    private static Response conflict(String slug) {
        return Response.status(409).type("application/problem+json")
                .entity(Map.of("type", "urn:livecommerce:problem:" + slug, "status", 409)).build();
    }
}
