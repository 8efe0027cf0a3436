package dev.livecommerce.governance.appeal;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which rule versions misjudge: appeals, upheld, overturned and the overturn rate per rule version. */
@Path("/rules/appeal-outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class RuleAppealOutcomeResource {

    static final int LIMIT_MAX = 1000;

    private final RuleAppealOutcomes outcomes;

    RuleAppealOutcomeResource(RuleAppealOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @Operation(summary = "Overturn rate per rule version, highest first")
    public List<RuleAppealOutcomes.RuleVersionOutcomes> report(
            @QueryParam("ruleId") @Size(min = 1, max = 128) String ruleId,
            @QueryParam("appealsMin") @DefaultValue("1") @Min(1) int appealsMin,
            @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(LIMIT_MAX) int limit) {
        return outcomes.report(ruleId, appealsMin, limit);
    }
}
