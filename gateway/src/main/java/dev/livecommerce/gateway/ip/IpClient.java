package dev.livecommerce.gateway.ip;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** product-governance-service's internal IP API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/ip")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IpClient {

    @POST
    @Path("/trademarks")
    Response registerTrademark(@HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode trademark);

    @GET
    @Path("/trademarks")
    Response trademarks(@QueryParam("rightsHolderId") String rightsHolderId, @QueryParam("size") Integer size);

    @GET
    @Path("/trademarks/{id}")
    Response trademark(@PathParam("id") UUID id);

    @POST
    @Path("/complaints")
    Response file(@HeaderParam("X-Rights-Holder-Id") String rightsHolderId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode complaint);

    @GET
    @Path("/complaints")
    Response complaints(@QueryParam("rightsHolderId") String rightsHolderId,
            @QueryParam("merchantId") String merchantId, @QueryParam("listingId") UUID listingId,
            @QueryParam("status") String status, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/complaints/{id}")
    Response complaint(@PathParam("id") UUID id);

    @GET
    @Path("/complaints/{id}/audit")
    Response audit(@PathParam("id") UUID id);

    @POST
    @Path("/complaints/{id}/decisions")
    Response decide(@PathParam("id") UUID id, @HeaderParam("X-Actor-Role") String actorRole,
            @HeaderParam("X-Actor-Id") String actorId, @HeaderParam("Idempotency-Key") String idempotencyKey,
            JsonNode decision);

    @POST
    @Path("/complaints/{id}/counter-notice")
    Response counterNotice(@PathParam("id") UUID id, @HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode counterNotice);
}
