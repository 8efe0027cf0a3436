package dev.livecommerce.governance.qualification;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.livecommerce.kit.problem.Problem;

/** A document that cannot be registered is a 422 that lists every invalid field. */
public class QualificationProblems {

    @ServerExceptionMapper
    public Response invalid(InvalidQualificationException e, UriInfo uri) {
        return Problem.of(422, "Unprocessable Content", "invalid-qualification",
                "The qualification has " + e.fields().size() + " invalid field(s)")
                .withErrors(e.fields().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList())
                .at(uri.getPath()).toResponse();
    }
}
