package dev.livecommerce.gateway.security;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Who is calling, as the verified token says. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    public boolean isMerchant() {
        return token.getGroups().contains(Roles.MERCHANT);
    }

    /** The merchant a merchant token speaks for; a merchant token without one is unusable. */
    public String merchantId() {
        String merchantId = token.getClaim(Roles.MERCHANT_ID_CLAIM);
        if (merchantId == null || merchantId.isBlank()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "merchant-claim-missing",
                    "A merchant token must carry the " + Roles.MERCHANT_ID_CLAIM + " claim"));
        }
        return merchantId;
    }

    /**
     * The staff member (reviewer, operator) a staff token speaks for: its subject, recorded downstream as the actor
     * of a change.
     */
    public String staffId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "subject-missing",
                    "A staff token must carry a subject (sub) naming the reviewer or operator"));
        }
        return subject;
    }

    /** Whether the caller may see a resource owned by {@code ownerMerchantId}; staff roles see all. */
    public boolean mayRead(String ownerMerchantId) {
        return !isMerchant() || merchantId().equals(ownerMerchantId);
    }
}
