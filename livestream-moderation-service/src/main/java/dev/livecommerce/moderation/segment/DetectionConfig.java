package dev.livecommerce.moderation.segment;

import java.time.Duration;
import java.util.Map;

import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.moderation.detection.DetectionLimits;
import dev.livecommerce.moderation.detection.Severity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of segment checking (application.properties, "Segment checking"); see {@link DetectionLimits}. */
@ConfigMapping(prefix = "moderation.detection")
public interface DetectionConfig {

    /** Severity per violation type, e.g. {@code moderation.detection.severity.false-price=HIGH}. */
    Map<ClaimType, Severity> severity();

    @WithDefault("32")
    int speechTailCharsMax();

    @WithDefault("10000")
    long speechGapMaxMs();

    @WithDefault("5")
    int chatMessagesMax();

    @WithDefault("32")
    int chatTailCharsMax();

    @WithDefault("60000")
    long chatWindowMs();

    @WithDefault("3")
    int handleRepeatsMin();

    @WithDefault("20000")
    long roomsMax();

    @WithDefault("200000")
    long viewersMax();

    @WithDefault("PT30M")
    Duration idleExpiry();

    /** Attempts to record a segment's violations before the segment is dead-lettered. */
    @WithDefault("5")
    int recordAttemptsMax();

    @WithDefault("200")
    long recordRetryDelayMs();

    /**
     * Recording transactions at the same time, one per partition at most (RecordingLanes): recording waits on the
     * database far more than it computes. Stays below the connection pool's size.
     */
    @WithDefault("6")
    int recordingConcurrentMax();

    /**
     * Segments with violations recorded in one transaction, at most: enough to share a commit, few enough that the
     * session's flushes (each checks every entity the transaction holds) stay cheap.
     */
    @WithDefault("50")
    int recordingSegmentsMax();

    /**
     * Polled batches whose recording may still be going on while later batches are checked (SegmentListener): bounds
     * the records held in memory and how far recording may trail detection.
     */
    @WithDefault("8")
    int batchesInFlightMax();

    default DetectionLimits limits() {
        return new DetectionLimits(severity(), speechTailCharsMax(), speechGapMaxMs(), chatMessagesMax(),
                chatTailCharsMax(), chatWindowMs(), handleRepeatsMin(), roomsMax(), viewersMax(), idleExpiry());
    }
}
