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

/** Stands in for product-governance-service's qualification API, so the tests see what the gateway forwards. */
@Path("/test-governance/qualifications")
public class FakeQualifications {

    static final UUID OWNED_BY_M1 = UUID.fromString("0b7c4f3e-52a1-4e8b-9d6c-3f2a1e0d9c8b");
    static final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    @POST
    public Response register(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        lastHeaders.put("X-Merchant-Id", merchantId);
        lastHeaders.put("Idempotency-Key", key);
        if (!body.path("validUntil").asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Response.status(422).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:invalid-qualification", "status", 422,
                            "errors", List.of(Map.of("field", "validUntil", "message", "is not a date"))))
                    .build();
        }
        return Response.status(201).entity(Map.of("id", OWNED_BY_M1.toString(), "merchantId", merchantId)).build();
    }

    @GET
    public Response ofMerchant(@QueryParam("merchantId") String merchantId, @QueryParam("limit") Integer limit) {
        lastHeaders.put("merchantId query", String.valueOf(merchantId));
        if (merchantId == null) {
            return Response.status(400).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:validation", "status", 400,
                            "errors", List.of(Map.of("field", "merchantId", "message", "must not be blank"))))
                    .build();
        }
        return Response.ok(List.of(Map.of("id", OWNED_BY_M1.toString(), "merchantId", merchantId))).build();
    }

    @GET
    @Path("/requirements")
    public Response requirements() {
        return Response.ok(List.of(Map.of("id", "food-licence", "category", "FOOD"))).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        if (!id.equals(OWNED_BY_M1)) {
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
        }
        return Response.ok(Map.of("id", id.toString(), "merchantId", "m-1", "state", "VALID")).build();
    }

    @POST
    @Path("/{id}/revocation")
    public Response revoke(@PathParam("id") UUID id, @HeaderParam("X-Staff-Id") String staffId, JsonNode body) {
        lastHeaders.put("X-Staff-Id", String.valueOf(staffId));
        return Response.ok(Map.of("id", id.toString(), "merchantId", "m-1", "state", "REVOKED", "revokedBy",
                staffId, "revocationReason", body.path("reason").asText())).build();
    }
}
