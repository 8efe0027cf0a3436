package dev.livecommerce.governance.ip;

/** Who the gateway proved the caller to be, passed as headers on the service's internal IP API. */
public final class IpHeaders {

    public static final String RIGHTS_HOLDER = "X-Rights-Holder-Id";
    public static final String MERCHANT = "X-Merchant-Id";
    /** reviewer or operator: the staff role that decides. */
    public static final String ACTOR_ROLE = "X-Actor-Role";
    public static final String ACTOR_ID = "X-Actor-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private IpHeaders() {
    }
}
