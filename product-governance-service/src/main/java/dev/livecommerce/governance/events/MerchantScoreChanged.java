package dev.livecommerce.governance.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import dev.livecommerce.governance.score.MerchantScores;
import dev.livecommerce.governance.score.ScoreReason;

/**
 * Data of merchant-score-changed (contracts/schemas/merchant-score-changed.schema.json). {@code triggeringEventId} is
 * null, and left out, when facts expired.
 */
public record MerchantScoreChanged(String merchantId, MerchantScores previous, MerchantScores current, int windowDays,
        ScoreReason reason, UUID triggeringEventId, OffsetDateTime computedAt) {

    public static final String NAME = "merchant-score-changed";
}
