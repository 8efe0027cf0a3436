package dev.livecommerce.gateway.image;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stands in for product-governance-service's picture API: remembers what the gateway forwarded and knows one
 * picture of rights holder rh-1.
 */
@Path("/test-governance/images")
public class FakeImages {

    static final UUID ORIGINAL = UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    static final Map<String, String> forwarded = new ConcurrentHashMap<>();

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response register(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam("Content-Type") String contentType, byte[] picture) throws Exception {
        forwarded.clear();
        forwarded.put("X-Merchant-Id", String.valueOf(merchantId));
        forwarded.put("X-Rights-Holder-Id", String.valueOf(rightsHolderId));
        forwarded.put("Content-Type", String.valueOf(contentType));
        forwarded.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(picture)));
        return Response.status(201).entity(Map.of("imageId", UUID.randomUUID().toString())).build();
    }

    @GET
    @Path("/{id}")
    public Response image(@PathParam("id") UUID id) {
        if (!id.equals(ORIGINAL)) {
            return Response.status(404).type("application/problem+json")
                    .entity(Map.of("type", "urn:livecommerce:problem:not-found", "status", 404)).build();
        }
        return Response.ok(Map.of("imageId", id.toString(), "ownerKind", "RIGHTS_HOLDER", "ownerId", "rh-1"))
                .build();
    }
}
