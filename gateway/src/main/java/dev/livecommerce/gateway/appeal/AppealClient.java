package dev.livecommerce.gateway.appeal;

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

/** product-governance-service's appeal API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealClient {

    @POST
    @Path("/appeals")
    Response file(@HeaderParam("X-Merchant-Id") String merchantId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, JsonNode appeal);

    @GET
    @Path("/appeals/{id}")
    Response appeal(@PathParam("id") UUID id);

    @GET
    @Path("/appeals")
    Response appeals(@QueryParam("status") String status, @QueryParam("merchantId") String merchantId,
            @QueryParam("overdue") Boolean overdue, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset);

    @POST
    @Path("/appeals/{id}/decision")
    Response decide(@PathParam("id") UUID id, @HeaderParam("X-Reviewer-Id") String reviewerId, JsonNode decision);

    @GET
    @Path("/rules/appeal-outcomes")
    Response ruleOutcomes(@QueryParam("ruleId") String ruleId, @QueryParam("appealsMin") Integer appealsMin,
            @QueryParam("limit") Integer limit);
}
