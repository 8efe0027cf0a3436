package dev.livecommerce.gateway.score;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** product-governance-service's score API; answers relayed as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/scores")
@Produces(MediaType.APPLICATION_JSON)
public interface ScoreClient {

    @GET
    @Path("/merchants/{merchantId}")
    Response merchant(@PathParam("merchantId") String merchantId);

    @GET
    @Path("/listings/{listingId}")
    Response listing(@PathParam("listingId") UUID listingId);
}
