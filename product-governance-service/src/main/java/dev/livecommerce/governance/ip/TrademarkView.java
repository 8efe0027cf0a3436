package dev.livecommerce.governance.ip;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

public record TrademarkView(UUID trademarkId, String rightsHolderId, String name, String registrationNumber,
        List<Integer> classes, LocalDate validUntil, OffsetDateTime registeredAt) {

    static TrademarkView of(Trademark trademark) {
        return new TrademarkView(trademark.id, trademark.rightsHolderId, trademark.name, trademark.registrationNumber,
                Arrays.asList(trademark.niceClasses), trademark.validUntil, trademark.registeredAt);
    }
}
