package dev.livecommerce.governance.score;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Data of shipment-late (contracts/schemas/shipment-late.schema.json). */
public record ShipmentLateData(String orderId, String merchantId, OffsetDateTime promisedShipAt,
        OffsetDateTime shippedAt, long compensationFen, boolean penaltyWaived) {

    public static final String NAME = "shipment-late";

    Duration delay() {
        return Duration.between(promisedShipAt, shippedAt);
    }
}
