package dev.livecommerce.governance.rule;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rules as data, for operators (through the gateway, which passes the operator it authenticated in
 * {@value #ACTOR_HEADER}). A change reaches every running instance through rule-changed.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class RuleResource {

    public static final String ACTOR_HEADER = "X-Actor-Id";

    private final RuleService rules;
    private final ShadowReport shadowReport;

    RuleResource(RuleService rules, ShadowReport shadowReport) {
        this.rules = rules;
        this.shadowReport = shadowReport;
    }

    @GET
    @Path("/shadow-report")
    @Operation(summary = "What each shadow rule version would have done, beside the decisions actually taken")
    public List<ShadowReport.Line> shadowReport() {
        return shadowReport.lines();
    }

    @GET
    @Operation(summary = "Every rule version, optionally only those in one status")
    public List<RuleView> list(@QueryParam("status") RuleStatus status) {
        return rules.list(Optional.ofNullable(status));
    }

    @POST
    @Operation(summary = "Create a rule; its first version is a DRAFT")
    public Response create(@HeaderParam(ACTOR_HEADER) @NotBlank @Size(max = 128) String actor,
            @Valid @NotNull NewRuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(rules.create(request, actor)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "All versions of a rule")
    public List<RuleView> versions(@PathParam("id") String id) {
        return rules.versions(id);
    }

    @POST
    @Path("/{id}/versions")
    @Operation(summary = "Edit a rule: a new DRAFT version; versions that decided listings stay as they were")
    public Response edit(@PathParam("id") String id, @HeaderParam(ACTOR_HEADER) @NotBlank @Size(max = 128) String actor,
            @Valid @NotNull RuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(rules.edit(id, request, actor)).build();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Operation(summary = "One rule version")
    public RuleView version(@PathParam("id") String id, @PathParam("version") int version) {
        return rules.version(id, version);
    }

    @POST
    @Path("/{id}/versions/{version}/status")
    @Operation(summary = "Move a version to SHADOW, LIVE (replacing the live one) or RETIRED, or back to DRAFT")
    public RuleView changeStatus(@PathParam("id") String id, @PathParam("version") int version,
            @HeaderParam(ACTOR_HEADER) @NotBlank @Size(max = 128) String actor,
            @Valid @NotNull StatusChangeRequest request) {
        return rules.changeStatus(id, version, request, actor);
    }
}
