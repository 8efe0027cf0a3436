package dev.livecommerce.gateway.appeal;

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
 * Stands in for product-governance-service's appeal API at the HTTP boundary, so these tests see exactly what the
 * gateway forwards.
 */
@Path("/test-governance/appeals")
public class FakeAppeals {

    static final UUID OF_M1 = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID DECIDED = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    static final Map<String, String> last = new ConcurrentHashMap<>();

    @POST
    public Response file(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        last.put("X-Merchant-Id", merchantId);
        last.put("Idempotency-Key", key);
        last.put("body", body.toString());
        return Response.status(201).entity(Map.of("appealId", OF_M1.toString(), "merchantId", merchantId,
                "status", "OPEN")).build();
    }

    @GET
    @Path("/{id}")
    public Response appeal(@PathParam("id") UUID id) {
        if (!id.equals(OF_M1)) {
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
        }
        return Response.ok(Map.of("appealId", id.toString(), "merchantId", "m-1", "status", "OPEN")).build();
    }

    @GET
    public Response appeals(@QueryParam("status") String status, @QueryParam("merchantId") String merchantId,
            @QueryParam("overdue") Boolean overdue, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset) {
        last.put("list", "status=" + status + "&merchantId=" + merchantId + "&overdue=" + overdue + "&limit="
                + limit + "&offset=" + offset);
        return Response.ok(List.of()).build();
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("X-Reviewer-Id") String reviewerId,
            JsonNode body) {
        last.put("X-Reviewer-Id", reviewerId);
        if (id.equals(DECIDED)) {
            return Response.status(409).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:appeal-closed", "status", 409,
                            "detail", "Appeal " + id + " was already decided: UPHELD"))
                    .build();
        }
        return Response.ok(Map.of("appealId", id.toString(), "status", body.path("outcome").asText())).build();
    }
}
