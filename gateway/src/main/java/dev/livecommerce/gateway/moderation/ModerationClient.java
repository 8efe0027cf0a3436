package dev.livecommerce.gateway.moderation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** livestream-moderation-service's segment intake and text check; answers relayed as they come. */
@RegisterRestClient(configKey = "moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ModerationClient {

    @POST
    @Path("/text-checks")
    Response checkText(JsonNode request);

    @POST
    @Path("/segments")
    Response postSegments(JsonNode batch);
}
