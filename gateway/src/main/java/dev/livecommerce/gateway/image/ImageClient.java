package dev.livecommerce.gateway.image;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** product-governance-service's picture API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Produces(MediaType.APPLICATION_JSON)
public interface ImageClient {

    /** The picture's bytes go on unchanged with the caller's Content-Type: the service judges and refuses them. */
    @POST
    @Path("/images")
    @Consumes(MediaType.WILDCARD)
    Response register(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] picture);

    @GET
    @Path("/images/{id}")
    Response image(@PathParam("id") UUID id);

    @PUT
    @Path("/listings/{listingId}/images")
    @Consumes(MediaType.APPLICATION_JSON)
    Response attach(@PathParam("listingId") UUID listingId, @HeaderParam("X-Merchant-Id") String merchantId,
            JsonNode images);
}
