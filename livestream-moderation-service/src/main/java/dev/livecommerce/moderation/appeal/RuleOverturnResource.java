package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.moderation.Sql;

/** How often overturned livestream appeals went against each rule version: a signal to review the rule. */
@Path("/rules/overturns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals")
public class RuleOverturnResource {

    public record RuleOverturnView(String ruleId, int ruleVersion, int overturns, OffsetDateTime lastOverturnedAt) {
    }

    private final EntityManager em;

    RuleOverturnResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Operation(summary = "Overturns per rule version, most first", description = "ruleId filters one rule; limit 1-200 (default 50).")
    public List<RuleOverturnView> list(@QueryParam("ruleId") String ruleId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return Sql.tuples(
                em.createNativeQuery("select rule_id, rule_version, overturns, last_overturned_at from rule_overturn"
                        + " where (cast(?1 as varchar) is null or rule_id = ?1) order by overturns desc, rule_id,"
                        + " rule_version limit ?2", Tuple.class).setParameter(1, ruleId).setParameter(2, limit))
                .stream()
                .map(t -> new RuleOverturnView(t.get(0, String.class), t.get(1, Integer.class),
                        t.get(2, Integer.class), Sql.utc(t.get(3))))
                .toList();
    }
}
