package dev.livecommerce.gateway.ip;

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
 * Stands in for product-governance-service's IP API at the HTTP boundary: remembers what the gateway forwarded and
 * answers with one complaint of rights holder rh-1 against a listing of merchant m-1.
 */
@Path("/test-governance/ip")
public class FakeIpGovernance {

    static final UUID COMPLAINT = UUID.fromString("7a1c2e3d-4b5f-4a6e-8c9d-0e1f2a3b4c5d");
    static final UUID TRADEMARK = UUID.fromString("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
    static final Map<String, String> forwarded = new ConcurrentHashMap<>();

    @POST
    @Path("/trademarks")
    public Response register(@HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        remember("X-Rights-Holder-Id", rightsHolderId, "Idempotency-Key", key);
        return Response.status(201).entity(trademark(rightsHolderId)).build();
    }

    @GET
    @Path("/trademarks")
    public Response trademarks(@QueryParam("rightsHolderId") String rightsHolderId) {
        remember("rightsHolderId", rightsHolderId);
        return Response.ok(List.of(trademark(rightsHolderId))).build();
    }

    @GET
    @Path("/trademarks/{id}")
    public Response trademark(@PathParam("id") UUID id) {
        return id.equals(TRADEMARK) ? Response.ok(trademark("rh-1")).build() : notFound();
    }

    @POST
    @Path("/complaints")
    public Response file(@HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        remember("X-Rights-Holder-Id", rightsHolderId, "Idempotency-Key", key);
        return Response.status(201).entity(complaint()).build();
    }

    @GET
    @Path("/complaints")
    public Response complaints(@QueryParam("rightsHolderId") String rightsHolderId,
            @QueryParam("merchantId") String merchantId, @QueryParam("status") String status) {
        remember("rightsHolderId", String.valueOf(rightsHolderId), "merchantId", String.valueOf(merchantId),
                "status", String.valueOf(status));
        return Response.ok(List.of(complaint())).build();
    }

    @GET
    @Path("/complaints/{id}")
    public Response complaint(@PathParam("id") UUID id) {
        return id.equals(COMPLAINT) ? Response.ok(complaint()).build() : notFound();
    }

    @GET
    @Path("/complaints/{id}/audit")
    public Response audit(@PathParam("id") UUID id) {
        return Response.ok(List.of(Map.of("step", "FILED", "actorRole", "rights-holder", "actorId", "rh-1")))
                .build();
    }

    @POST
    @Path("/complaints/{id}/decisions")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("X-Actor-Role") String role,
            @HeaderParam("X-Actor-Id") String actorId, @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        remember("X-Actor-Role", role, "X-Actor-Id", actorId, "Idempotency-Key", key);
        if (body.path("decision").asText().equals("RESTORED")) {
            return Response.status(409).type("application/problem+json").entity(Map.of("type",
                    "urn:livecommerce:problem:illegal-complaint-step", "status", 409, "detail",
                    "Complaint " + id + ": the complaint is FILED; RESTORED is not possible from there")).build();
        }
        return Response.ok(complaint()).build();
    }

    @POST
    @Path("/complaints/{id}/counter-notice")
    public Response counterNotice(@PathParam("id") UUID id, @HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String key, JsonNode body) {
        remember("X-Merchant-Id", merchantId, "Idempotency-Key", key);
        return Response.ok(complaint()).build();
    }

    private static void remember(String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            forwarded.put(namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
    }

    private static Map<String, Object> complaint() {
        return Map.of("complaintId", COMPLAINT.toString(), "rightsHolderId", "rh-1", "merchantId", "m-1",
                "status", "FILED");
    }

    private static Map<String, Object> trademark(String rightsHolderId) {
        return Map.of("trademarkId", TRADEMARK.toString(), "rightsHolderId", rightsHolderId);
    }

    private static Response notFound() {
        return Response.status(404).type("application/problem+json")
                .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
    }
}
