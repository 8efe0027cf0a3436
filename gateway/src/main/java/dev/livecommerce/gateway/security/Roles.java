package dev.livecommerce.gateway.security;

/** The roles a token's "groups" claim may carry. */
public final class Roles {

    public static final String MERCHANT = "merchant";
    public static final String BUYER = "buyer";
    public static final String REVIEWER = "reviewer";
    public static final String RIGHTS_HOLDER = "rights-holder";
    public static final String OPERATOR = "operator";
    /** A platform system (transcriber, chat service) posting livestream segments. */
    public static final String PLATFORM = "platform";

    /** Claim that binds a merchant token to its merchant. */
    public static final String MERCHANT_ID_CLAIM = "merchant_id";

    private Roles() {
    }
}
