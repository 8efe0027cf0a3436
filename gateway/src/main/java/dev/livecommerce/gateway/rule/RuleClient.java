package dev.livecommerce.gateway.rule;

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

/** product-governance-service's rule API; answers relayed as they come. */
@RegisterRestClient(configKey = "governance")
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RuleClient {

    String ACTOR = "X-Actor-Id";

    @GET
    Response list(@QueryParam("status") String status);

    @POST
    Response create(@HeaderParam(ACTOR) String actor, JsonNode rule);

    @GET
    @Path("/shadow-report")
    Response shadowReport();

    @GET
    @Path("/{id}")
    Response versions(@PathParam("id") String id);

    @POST
    @Path("/{id}/versions")
    Response edit(@PathParam("id") String id, @HeaderParam(ACTOR) String actor, JsonNode rule);

    @GET
    @Path("/{id}/versions/{version}")
    Response version(@PathParam("id") String id, @PathParam("version") int version);

    @POST
    @Path("/{id}/versions/{version}/status")
    Response changeStatus(@PathParam("id") String id, @PathParam("version") int version,
            @HeaderParam(ACTOR) String actor, JsonNode change);
}
