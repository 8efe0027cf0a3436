package dev.livecommerce.gateway.moderation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Roles;

/**
 * Livestream moderation: platform systems post speech segments and chat messages in batches; operators and reviewers
 * try a phrase against the segment rules. The moderation service produces the segments (it owns the topic and its
 * contract), so the gateway stays free of Kafka.
 */
@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Livestream moderation")
@SecurityRequirement(name = "bearer")
public class ModerationRoutes {

    private final ModerationClient moderation;

    ModerationRoutes(@RestClient ModerationClient moderation) {
        this.moderation = moderation;
    }

    @POST
    @Path("/text-checks")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "The violations the segment rules find in a text", description = "Body: {text (1-2000 "
            + "chars), category}. Answers {violations: [{type, ruleId, ruleVersion, severity, start, end, "
            + "matchedText, legalBasis}]}, offsets in UTF-16 code units of the text as sent. Nothing is stored.")
    public Response checkText(@NotNull JsonNode request) {
        return Relayed.of(moderation.checkText(request)).toResponse();
    }

    @POST
    @Path("/segments")
    @RolesAllowed(Roles.LIVE_SYSTEM)
    @Operation(summary = "Post a batch of speech segments and chat messages to be checked", description = "Body: "
            + "{segments: [{segmentId, roomId, channel SPEECH|CHAT, speakerId, text (1-2000 chars), streamOffsetMs, "
            + "durationMs (SPEECH only), postedAt}]}, 1 to 500 per batch. 202 with {accepted, rooms} once every "
            + "segment is on the topic; 422 naming each invalid item (or room that is not live), nothing posted.")
    public Response postSegments(@NotNull JsonNode batch) {
        return Relayed.of(moderation.postSegments(batch)).toResponse();
    }
}
