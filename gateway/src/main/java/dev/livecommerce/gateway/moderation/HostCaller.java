package dev.livecommerce.gateway.moderation;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** The host a host token speaks for. */
@RequestScoped
public class HostCaller {

    private final JsonWebToken token;

    HostCaller(JsonWebToken token) {
        this.token = token;
    }

    public boolean isHost() {
        return token.getGroups().contains(Roles.HOST);
    }

    public String hostId() {
        String hostId = token.getClaim(Roles.HOST_ID_CLAIM);
        if (hostId == null || hostId.isBlank()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "host-claim-missing",
                    "A host token must carry the " + Roles.HOST_ID_CLAIM + " claim"));
        }
        return hostId;
    }
}
