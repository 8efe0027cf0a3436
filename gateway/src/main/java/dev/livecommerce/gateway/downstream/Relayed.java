package dev.livecommerce.gateway.downstream;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

/** A downstream answer read once, so the gateway can both inspect its body and pass it on unchanged. */
public record Relayed(int status, String mediaType, JsonNode body) {

    public static Relayed of(Response response) {
        try (response) {
            JsonNode body = response.hasEntity() ? response.readEntity(JsonNode.class) : null;
            String mediaType = response.getMediaType() == null ? null : response.getMediaType().toString();
            return new Relayed(response.getStatus(), mediaType, body);
        }
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Response toResponse() {
        return Response.status(status).type(mediaType).entity(body).build();
    }
}
