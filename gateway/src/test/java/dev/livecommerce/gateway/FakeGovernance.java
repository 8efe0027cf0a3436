package dev.livecommerce.gateway;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stands in for product-governance-service's internal API at the HTTP boundary, so these tests see exactly what the
 * gateway forwards. The real service answers in the system tests.
 */
@Path("/test-governance/listings")
public class FakeGovernance {

    static final UUID OWNED_BY_M1 = UUID.fromString("5f0c6a52-8d5b-4d8e-9a59-0d6f4c3f1a01");
    static final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    @POST
    public Response submit(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        lastHeaders.put("X-Merchant-Id", merchantId);
        lastHeaders.put("Idempotency-Key", key);
        if (!body.has("title")) {
            return Response.status(400).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:validation", "status", 400,
                            "errors", java.util.List.of(Map.of("field", "title", "message", "must not be blank"))))
                    .build();
        }
        return Response.accepted(Map.of("listingId", OWNED_BY_M1.toString(), "status", "PENDING_REVIEW")).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        if (!id.equals(OWNED_BY_M1)) {
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
        }
        return Response.ok(Map.of("id", id.toString(), "merchantId", "m-1", "status", "APPROVED")).build();
    }
}
