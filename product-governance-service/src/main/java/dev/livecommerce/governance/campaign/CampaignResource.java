package dev.livecommerce.governance.campaign;

import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.governance.rule.RuleResource;

/** Targeted governance campaigns, for operators through the gateway. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
public class CampaignResource {

    private final CampaignService campaigns;

    CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @POST
    @Operation(summary = "Start a campaign: its rules check new listings in scope while it runs, and a sweep "
            + "checks the listings already live in scope")
    public Response create(@HeaderParam(RuleResource.ACTOR_HEADER) @NotBlank @Size(max = 128) String actor,
            @Valid @NotNull CampaignRequest request) {
        return Response.status(Response.Status.CREATED).entity(campaigns.create(request, actor)).build();
    }

    @GET
    @Operation(summary = "Every campaign with its results, newest first")
    public List<CampaignView> list() {
        return campaigns.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A campaign with its results: listings checked, intercepted, sent to review; sweep progress")
    public CampaignView get(@PathParam("id") UUID id) {
        return campaigns.find(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @Operation(summary = "Stop a campaign before its end")
    public CampaignView cancel(@PathParam("id") UUID id) {
        return campaigns.cancel(id);
    }
}
