package dev.livecommerce.governance.replay;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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

/** Replays of a candidate rule version over the stored listings, for operators. */
@Path("/replays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules")
public class ReplayResource {

    public record ReplayRequest(@NotBlank String ruleId, @Min(1) int version) {
    }

    private final ReplayService replays;

    ReplayResource(ReplayService replays) {
        this.replays = replays;
    }

    @POST
    @Operation(summary = "Replay a rule version over every stored listing; answers 202 with the replay to poll")
    public Response start(@HeaderParam(RuleResource.ACTOR_HEADER) @NotBlank @Size(max = 128) String actor,
            @Valid @NotNull ReplayRequest request) {
        return Response.accepted(replays.start(request.ruleId(), request.version(), actor)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A replay's progress and the difference from the decisions actually taken")
    public ReplayView get(@PathParam("id") UUID id) {
        return replays.find(id);
    }
}
