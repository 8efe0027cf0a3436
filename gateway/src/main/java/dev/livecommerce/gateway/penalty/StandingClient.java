package dev.livecommerce.gateway.penalty;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** product-governance-service's standing API. Answers are returned as they come, problem details included. */
@RegisterRestClient(configKey = "governance")
@Path("/merchants")
@Produces(MediaType.APPLICATION_JSON)
public interface StandingClient {

    @GET
    @Path("/{merchantId}/standing")
    Response standing(@PathParam("merchantId") String merchantId, @QueryParam("historyLimit") Integer historyLimit);
}
