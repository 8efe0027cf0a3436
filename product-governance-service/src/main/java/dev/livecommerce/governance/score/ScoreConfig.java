package dev.livecommerce.governance.score;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;

/** Settings of the merchant and listing scores; defaults in application.properties. */
@ConfigMapping(prefix = "governance.scores")
public interface ScoreConfig {

    /** Length of the rolling window: facts older than this many days no longer count. */
    @Min(1)
    @Max(3650)
    int windowDays();

    /** merchant-score-changed is published only when a score moved at least this far from its published value. */
    @DecimalMin("0.1")
    BigDecimal publishStepPoints();

    /**
     * How long facts are kept, in days: beyond the window they no longer count, but they still explain past scores.
     * Must be at least the window.
     */
    @Min(1)
    int factRetentionDays();

    Weights weights();

    Expiry expiry();

    /** Share of each sub-score in the overall score, in percent; they must add up to 100. */
    interface Weights {

        @Min(0)
        int productPercent();

        @Min(0)
        int logisticsPercent();

        @Min(0)
        int servicePercent();
    }

    /** The job that recomputes scores whose oldest facts left the window. */
    interface Expiry {

        /** How often the job runs, as the scheduler reads it ("1m", "30s"). */
        String every();

        /** Merchants (or listings) recomputed per transaction at most. */
        @Min(1)
        int batchSizeMax();

        /** Batches per run at most, so one run ends even when a backlog has built up. */
        @Min(1)
        int batchesPerRunMax();

        /** Facts past their retention deleted per run at most. */
        @Min(1)
        int purgeBatchSizeMax();
    }
}
