package dev.livecommerce.gateway.downstream;

import jakarta.ws.rs.core.Response;

/**
 * A downstream answer read once as bytes, so the gateway passes it on unchanged (problem details included) and can
 * still inspect it.
 */
public record Relayed(int status, String mediaType, byte[] body) {

    public static Relayed of(Response response) {
        try (response) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : null;
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
