package dev.livecommerce.governance.score;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A merchant's facts in the window, summed by the database: the penalties the model scores, how many facts of each
 * kind counted, and when the oldest of them occurred (null when none counts).
 */
public record MerchantTotals(MerchantPenalties penalties, Map<FactKind, Integer> counts, int qualityComplaints,
        OffsetDateTime oldestOccurredAt) {

    public MerchantTotals {
        counts = Map.copyOf(counts);
    }

    int count(FactKind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
