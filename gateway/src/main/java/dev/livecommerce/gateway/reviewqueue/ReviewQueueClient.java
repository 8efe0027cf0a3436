package dev.livecommerce.gateway.reviewqueue;

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

/** product-governance-service's review queue API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ReviewQueueClient {

    String REVIEWER_HEADER = "X-Reviewer-Id";

    @GET
    Response open(@QueryParam("limit") Integer limit);

    @GET
    @Path("/{itemId}")
    Response get(@PathParam("itemId") UUID itemId);

    @POST
    @Path("/claims")
    Response claimNext(@HeaderParam(REVIEWER_HEADER) String reviewerId);

    @POST
    @Path("/{itemId}/claim")
    Response claim(@PathParam("itemId") UUID itemId, @HeaderParam(REVIEWER_HEADER) String reviewerId);

    @POST
    @Path("/{itemId}/renew")
    Response renew(@PathParam("itemId") UUID itemId, @HeaderParam(REVIEWER_HEADER) String reviewerId);

    @POST
    @Path("/{itemId}/release")
    Response release(@PathParam("itemId") UUID itemId, @HeaderParam(REVIEWER_HEADER) String reviewerId);

    @POST
    @Path("/{itemId}/decision")
    Response decide(@PathParam("itemId") UUID itemId, @HeaderParam(REVIEWER_HEADER) String reviewerId,
            JsonNode decision);
}
