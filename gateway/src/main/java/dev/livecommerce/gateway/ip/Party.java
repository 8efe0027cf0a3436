package dev.livecommerce.gateway.ip;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.livecommerce.gateway.security.Caller;
import dev.livecommerce.gateway.security.Roles;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/**
 * The caller as a party to IP matters: a rights holder is the token's subject, a merchant its merchant_id claim;
 * reviewers and operators are staff and see every party's records.
 */
@RequestScoped
public class Party {

    private final JsonWebToken token;
    private final Caller caller;

    Party(JsonWebToken token, Caller caller) {
        this.token = token;
        this.caller = caller;
    }

    public boolean isStaff() {
        return token.getGroups().contains(Roles.REVIEWER) || token.getGroups().contains(Roles.OPERATOR);
    }

    public boolean isRightsHolder() {
        return token.getGroups().contains(Roles.RIGHTS_HOLDER);
    }

    public boolean isMerchant() {
        return caller.isMerchant();
    }

    public String rightsHolderId() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(Problem.of(403, "Forbidden", "subject-missing",
                    "A rights-holder token must carry a subject (sub)"));
        }
        return subject;
    }

    public String merchantId() {
        return caller.merchantId();
    }

    /** The staff role a decision is recorded under: reviewer when the token has both. */
    public String staffRole() {
        return token.getGroups().contains(Roles.REVIEWER) ? Roles.REVIEWER : Roles.OPERATOR;
    }

    public String staffId() {
        return token.getSubject();
    }

    /** Whether the caller may see a record of this rights holder and merchant: staff, or one of the two parties. */
    public boolean mayRead(String rightsHolderId, String merchantId) {
        return isStaff()
                || (isRightsHolder() && rightsHolderId().equals(rightsHolderId))
                || (isMerchant() && merchantId().equals(merchantId));
    }
}
