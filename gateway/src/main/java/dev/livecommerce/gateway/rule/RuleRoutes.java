package dev.livecommerce.gateway.rule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.livecommerce.gateway.downstream.Relayed;
import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;

/** Governance rules as data: operators write them; reviewers read them and the shadow report. */
@Path("/api/governance/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
@SecurityRequirement(name = "bearer")
public class RuleRoutes {

    private final RuleClient rules;
    private final Caller caller;

    RuleRoutes(@RestClient RuleClient rules, Caller caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "Every rule version, optionally only those in one status (DRAFT, SHADOW, LIVE, RETIRED)")
    public Response list(@QueryParam("status") String status) {
        return Relayed.of(rules.list(status)).toResponse();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Create a rule", description = "Body: {id, definition: {kind, type, severity, points, "
            + "action, legalBasis, categories, params, note}}. The first version is a DRAFT.")
    public Response create(@NotNull JsonNode rule) {
        return Relayed.of(rules.create(caller.staffId(), rule)).toResponse();
    }

    @GET
    @Path("/shadow-report")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "What each shadow rule version would have done, beside the decisions actually taken")
    public Response shadowReport() {
        return Relayed.of(rules.shadowReport()).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "All versions of a rule")
    public Response versions(@PathParam("id") String id) {
        return Relayed.of(rules.versions(id)).toResponse();
    }

    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Edit a rule: a new DRAFT version")
    public Response edit(@PathParam("id") String id, @NotNull JsonNode rule) {
        return Relayed.of(rules.edit(id, caller.staffId(), rule)).toResponse();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.OPERATOR, Roles.REVIEWER})
    @Operation(summary = "One rule version")
    public Response version(@PathParam("id") String id, @PathParam("version") int version) {
        return Relayed.of(rules.version(id, version)).toResponse();
    }

    @POST
    @Path("/{id}/versions/{version}/status")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Move a version to SHADOW, LIVE (replacing the live one), RETIRED, or back to DRAFT", description = "Body: {status, reason}. The change is in force on every instance within seconds.")
    public Response changeStatus(@PathParam("id") String id, @PathParam("version") int version,
            @NotNull JsonNode change) {
        return Relayed.of(rules.changeStatus(id, version, caller.staffId(), change)).toResponse();
    }
}
