package dev.livecommerce.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the outbox relay; every one is explicit so that load never meets an unbounded loop. */
@ConfigMapping(prefix = "suite.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay; several may, only one publishes at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per transaction at most. */
    @WithDefault("500")
    int batchSizeMax();

    /** How long an idle relay sleeps before it looks again; a commit that wrote events wakes it sooner. */
    @WithDefault("200")
    long pollIntervalMs();

    /**
     * How long a woken relay waits before it reads the pending rows, so that the commits of concurrent transactions
     * go out in one batch (one transaction and one round of acknowledgements) instead of one batch each; 0 reads at
     * once.
     */
    @WithDefault("0")
    long wakeLingerMs();

    /** How long the relay waits for the broker to acknowledge one batch. */
    @WithDefault("30000")
    long sendTimeoutMs();

    /** Ceiling of the back-off between failed batches (it doubles from the poll interval). */
    @WithDefault("5000")
    long retryBackoffMaxMs();

    /** Published rows are deleted after this many hours. */
    @WithDefault("24")
    int retentionHours();

    /** Rows deleted per purge run at most. */
    @WithDefault("10000")
    int purgeBatchMax();
}
