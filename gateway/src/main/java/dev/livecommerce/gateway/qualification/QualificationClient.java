package dev.livecommerce.gateway.qualification;

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

/** product-governance-service's qualification API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/qualifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface QualificationClient {

    @POST
    Response register(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode document);

    @GET
    Response ofMerchant(@QueryParam("merchantId") String merchantId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/revocation")
    Response revoke(@PathParam("id") UUID id, @HeaderParam("X-Staff-Id") String staffId, JsonNode revocation);

    @GET
    @Path("/requirements")
    Response requirements();
}
