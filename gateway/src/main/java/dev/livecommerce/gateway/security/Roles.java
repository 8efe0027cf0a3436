package dev.livecommerce.gateway.security;

/** The roles a token's "groups" claim may carry. */
public final class Roles {

    public static final String MERCHANT = "merchant";
    public static final String BUYER = "buyer";
    public static final String REVIEWER = "reviewer";
    public static final String RIGHTS_HOLDER = "rights-holder";
    public static final String OPERATOR = "operator";
    /** The platform's live system: starts and ends livestream sessions. */
    public static final String LIVE_SYSTEM = "live-system";
    /** A livestream host (influencer), bound to its host id by the host_id claim. */
    public static final String HOST = "host";

    /** Claim that binds a merchant token to its merchant. */
    public static final String MERCHANT_ID_CLAIM = "merchant_id";

    /** Claim that binds a host token to its host. */
    public static final String HOST_ID_CLAIM = "host_id";

    private Roles() {
    }
}
