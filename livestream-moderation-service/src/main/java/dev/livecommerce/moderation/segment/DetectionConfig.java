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
     * Rooms whose violations are recorded at the same time, across all partitions: recording waits on the database
     * far more than it computes, so rooms are recorded side by side. Stays below the connection pool's size.
     */
    @WithDefault("12")
    int recordingRoomsConcurrentMax();

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
