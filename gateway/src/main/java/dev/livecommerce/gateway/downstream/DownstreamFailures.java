package dev.livecommerce.gateway.downstream;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.livecommerce.kit.problem.Problem;

/** A service the gateway could not reach is the gateway's 503, never a 500 with a stack trace. */
public class DownstreamFailures {

    private static final Logger LOG = Logger.getLogger(DownstreamFailures.class);

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, UriInfo uri) {
        LOG.warnf("Downstream call for %s failed: %s", uri.getPath(), e.getMessage());
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "downstream-unavailable",
                "The service behind this route did not answer; retry with the same Idempotency-Key")
                .at(uri.getPath()).toResponse();
    }
}
