package dev.livecommerce.gateway.appeal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Stands in for product-governance-service's overturn-rate report. */
@Path("/test-governance/rules/appeal-outcomes")
public class FakeRuleOutcomes {

    @GET
    public Response ruleOutcomes(@QueryParam("ruleId") String ruleId) {
        return Response.ok(List.of(Map.of("ruleId", ruleId == null ? "absolute-terms" : ruleId, "ruleVersion", 1,
                "appeals", 4, "upheld", 3, "overturned", 1, "overturnRate", 0.25))).build();
    }
}
