package dev.livecommerce.gateway.downstream;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** product-governance-service's internal API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GovernanceClient {

    @POST
    Response submitListing(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode listing);

    @PUT
    @Path("/{id}")
    Response editListing(@PathParam("id") UUID id, @HeaderParam("X-Merchant-Id") String merchantId, JsonNode listing);

    @GET
    @Path("/{id}")
    Response listing(@PathParam("id") UUID id);
}
