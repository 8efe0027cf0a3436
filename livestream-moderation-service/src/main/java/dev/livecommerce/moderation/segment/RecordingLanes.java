package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.TopicPartition;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records detected violations off the consuming path, so segments flow at the detection rate while the database work
 * goes at the violation rate. Each partition has a lane: its next recording starts when its previous one has ended,
 * so a room's violations (a room has one partition) count in the order they were detected, across batches. A lane
 * records a batch's violations in transactions of up to {@code moderation.detection.recording-segments-max}
 * segments; partitions are recorded side by side, at most {@code moderation.detection.recording-concurrent-max}
 * at once. They run on platform threads of their own: on virtual threads they would share the carriers with the
 * CPU-bound checking of the partitions, which never yields, and wait behind it.
 */
@ApplicationScoped
class RecordingLanes {

    private static final CompletableFuture<List<CompletableFuture<Void>>> IDLE = CompletableFuture
            .completedFuture(List.of());

    private final SegmentRecording recording;
    private final int segmentsPerTransactionMax;
    private final Map<TopicPartition, CompletableFuture<List<CompletableFuture<Void>>>> laneEnds = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    RecordingLanes(SegmentRecording recording, DetectionConfig config, MeterRegistry meters) {
        this.recording = recording;
        this.segmentsPerTransactionMax = config.recordingSegmentsMax();
        this.workers = Executors.newFixedThreadPool(config.recordingConcurrentMax(),
                Thread.ofPlatform().name("violation-recording-", 0).daemon().factory());
        Gauge.builder("moderation.segments.recording.partitions", laneEnds, Map::size)
                .description("Partitions with violations queued or being recorded: how far recording trails detection")
                .register(meters);
    }

    /**
     * Queues the violations of a partition's batch behind what the partition's lane already holds. Completes when
     * all are recorded and the dead letters of the segments given up are acknowledged; fails if any of that failed.
     */
    CompletableFuture<Void> record(TopicPartition partition, List<SegmentViolations> found) {
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (int from = 0; from < found.size(); from += segmentsPerTransactionMax) {
            runs.add(enqueue(partition, found.subList(from, Math.min(found.size(), from + segmentsPerTransactionMax))));
        }
        return CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new));
    }

    private CompletableFuture<Void> enqueue(TopicPartition partition, List<SegmentViolations> segments) {
        // A failed recording ends its own batch with the failure; the partition's later batches are still recorded.
        CompletableFuture<List<CompletableFuture<Void>>> end = laneEnds.compute(partition,
                (p, previous) -> (previous == null ? IDLE : previous).handle((ignored, failure) -> null)
                        .thenApplyAsync(ignored -> recording.record(segments), workers));
        end.whenComplete((deadLetters, failure) -> laneEnds.remove(partition, end));
        return end.thenCompose(deadLetters -> CompletableFuture.allOf(deadLetters.toArray(CompletableFuture[]::new)));
    }

    @PreDestroy
    void stop() {
        workers.close();
    }
}
