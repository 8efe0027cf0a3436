package dev.livecommerce.gateway.penalty;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** Stands in for product-governance-service's standing API, recording what the gateway asked for. */
@Path("/test-governance/merchants")
public class FakeStandings {

    static final List<String> requests = new CopyOnWriteArrayList<>();

    @GET
    @Path("/{merchantId}/standing")
    public Response standing(@PathParam("merchantId") String merchantId,
            @QueryParam("historyLimit") Integer historyLimit) {
        requests.add(merchantId + "?historyLimit=" + historyLimit);
        return Response.ok(Map.of("merchantId", merchantId, "level", "LISTING_RESTRICTED", "activePoints", 13))
                .build();
    }
}
