package dev.livecommerce.gateway.image;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** Stands in for product-governance-service's listing pictures API: remembers what the gateway forwarded. */
@Path("/test-governance/listings/{listingId}/images")
public class FakeListingImages {

    @PUT
    public Response attach(@PathParam("listingId") UUID listingId, @HeaderParam("X-Merchant-Id") String merchantId,
            JsonNode body) {
        FakeImages.forwarded.put("X-Merchant-Id", String.valueOf(merchantId));
        FakeImages.forwarded.put("imageIds", body.path("imageIds").toString());
        return Response.ok(Map.of("listingId", listingId.toString(), "merchantId", merchantId)).build();
    }
}
