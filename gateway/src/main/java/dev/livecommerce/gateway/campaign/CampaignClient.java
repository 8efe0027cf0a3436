package dev.livecommerce.gateway.campaign;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** product-governance-service's campaign and replay API; answers relayed as they come. */
@RegisterRestClient(configKey = "governance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CampaignClient {

    @POST
    @Path("/campaigns")
    Response create(@HeaderParam("X-Actor-Id") String actor, JsonNode campaign);

    @GET
    @Path("/campaigns")
    Response list();

    @GET
    @Path("/campaigns/{id}")
    Response campaign(@PathParam("id") UUID id);

    @POST
    @Path("/campaigns/{id}/cancellation")
    Response cancel(@PathParam("id") UUID id);

    @POST
    @Path("/replays")
    Response startReplay(@HeaderParam("X-Actor-Id") String actor, JsonNode replay);

    @GET
    @Path("/replays/{id}")
    Response replay(@PathParam("id") UUID id);
}
