package dev.livecommerce.governance.penalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The internal standing API, called by the gateway, which decides who may read which merchant. */
@Path("/merchants/{merchantId}/standing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Penalties")
public class StandingResource {

    static final int HISTORY_LIMIT_MAX = 200;

    private final StandingQueries queries;

    StandingResource(StandingQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "A merchant's penalty level, active points, penalties in force and history")
    public StandingView standing(@PathParam("merchantId") @Size(min = 1, max = 64) String merchantId,
            @QueryParam("historyLimit") @DefaultValue("50") @Min(1) @Max(HISTORY_LIMIT_MAX) int historyLimit) {
        return queries.standing(merchantId, historyLimit);
    }
}
