package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields of refund-requested's data the scores read (contracts/schemas/refund-requested.schema.json). The reason
 * stays text: a reason added to the contract later is scored as a plain refund instead of breaking the consumer.
 */
public record RefundRequestedData(UUID refundId, String orderId, String merchantId, String reason,
        OffsetDateTime requestedAt) {

    public static final String NAME = "refund-requested";
}
