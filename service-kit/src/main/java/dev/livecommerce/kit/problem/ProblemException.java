package dev.livecommerce.kit.problem;

import jakarta.ws.rs.core.Response;

/** Thrown by resources and services to answer with a specific problem detail. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "not-found", what + " was not found"));
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, slug, detail));
    }

    public Problem problem() {
        return problem;
    }
}
