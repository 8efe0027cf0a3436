package dev.livecommerce.gateway.textcheck;

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
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Roles;

/** Operators and reviewers try a phrase against the live text rules; nothing is stored or published. */
@Path("/api/governance/text-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Text checks")
@SecurityRequirement(name = "bearer")
public class TextCheckRoutes {

    /** product-governance-service's text check. */
    @RegisterRestClient(configKey = "governance")
    @Path("/text-checks")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public interface TextCheckClient {
        @POST
        Response check(JsonNode request);
    }

    private final TextCheckClient checks;

    TextCheckRoutes(@RestClient TextCheckClient checks) {
        this.checks = checks;
    }

    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "The violations the live rules find in a text", description = "Body: {text (1-5000 chars), "
            + "category}. Answers {violations: [{ruleId, ruleVersion, type, start, end, matchedText, legalBasis}]}, "
            + "offsets in UTF-16 code units of the text as sent.")
    public Response check(@NotNull JsonNode request) {
        return Relayed.of(checks.check(request)).toResponse();
    }
}
