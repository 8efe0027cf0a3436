package dev.livecommerce.gateway.appeal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Roles;

/** Which rule versions misjudge: the overturn rate per rule version, for reviewers and operators. */
@Path("/api/governance/rules/appeal-outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
@SecurityRequirement(name = "bearer")
public class RuleAppealOutcomeRoutes {

    private final AppealClient governance;

    RuleAppealOutcomeRoutes(@RestClient AppealClient governance) {
        this.governance = governance;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.OPERATOR})
    @Operation(summary = "Appeals, upheld, overturned and overturn rate per rule version, highest rate first")
    public Response report(@QueryParam("ruleId") String ruleId, @QueryParam("appealsMin") Integer appealsMin,
            @QueryParam("limit") Integer limit) {
        return Relayed.of(governance.ruleOutcomes(ruleId, appealsMin, limit)).toResponse();
    }
}
