package dev.livecommerce.gateway.score;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** product-governance-service's score API at the HTTP boundary: one known merchant and one of its listings. */
@Path("/test-governance/scores")
public class FakeScores {

    static final String MERCHANT = "m-1";
    static final UUID LISTING_OF_M1 = UUID.fromString("0c1b7f6e-3d2a-4e59-8b47-6a9d2f1c8e30");

    @GET
    @Path("/merchants/{merchantId}")
    public Response merchant(@PathParam("merchantId") String merchantId) {
        if (!merchantId.equals(MERCHANT)) {
            return notFound();
        }
        return Response.ok(Map.of("merchantId", merchantId, "overall", 94.0, "product", 100.0, "logistics", 80.0,
                "service", 100.0)).build();
    }

    @GET
    @Path("/listings/{listingId}")
    public Response listing(@PathParam("listingId") UUID listingId) {
        if (!listingId.equals(LISTING_OF_M1)) {
            return notFound();
        }
        return Response.ok(Map.of("listingId", listingId.toString(), "merchantId", MERCHANT, "score", 36.4,
                "latestOutcome", "INTERCEPTED")).build();
    }

    private static Response notFound() {
        return Response.status(404).type("application/problem+json")
                .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
    }
}
