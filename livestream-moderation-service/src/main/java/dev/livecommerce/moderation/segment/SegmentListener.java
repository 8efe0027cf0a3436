package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.moderation.detection.Segment;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;

/**
 * Consumes livestream-segment-posted in batches (one poll, up to max.poll.records). The partitions of a batch are
 * checked in parallel, one virtual thread per partition, each in order (a room's segments share a partition, which
 * the stream context needs), and batches are checked one after the other. Recording the violations found does not
 * hold up the next batch: it goes on in the room's recording lane, and the batch is acknowledged - its offsets
 * committed - only once every violation of it is recorded and every dead letter acknowledged. A crash before that
 * re-delivers the batch, which recording by violation id makes harmless. At most
 * {@code moderation.detection.batches-in-flight-max} batches wait for their recording; the next poll waits for a
 * free place, which bounds memory and how far recording may trail detection.
 */
@ApplicationScoped
public class SegmentListener {

    private final SegmentChecker checker;
    private final RecordingLanes lanes;
    private final SegmentMeters meters;
    private final Semaphore batchesInFlight;
    private final ExecutorService partitionWorkers = Executors.newVirtualThreadPerTaskExecutor();

    SegmentListener(SegmentChecker checker, RecordingLanes lanes, SegmentMeters meters, DetectionConfig config) {
        this.checker = checker;
        this.lanes = lanes;
        this.meters = meters;
        this.batchesInFlight = new Semaphore(config.batchesInFlightMax());
    }

    @Incoming(Segment.NAME)
    @Blocking
    public CompletionStage<Void> onSegments(KafkaRecordBatch<String, byte[]> batch) {
        long startNs = System.nanoTime();
        CompletableFuture<Void> done;
        try {
            batchesInFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return batch.nack(e);
        }
        try {
            done = recordAndSend(checkPartitions(records(batch)));
        } catch (RuntimeException | InterruptedException e) {
            batchesInFlight.release();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return batch.nack(e);
        }
        done.whenComplete((ok, failure) -> {
            batchesInFlight.release();
            meters.batchDone(startNs);
            if (failure == null) {
                batch.ack();
            } else {
                batch.nack(failure);
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecords<String, byte[]> records(KafkaRecordBatch<String, byte[]> batch) {
        return batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .orElseThrow(() -> new IllegalStateException("a Kafka batch without its records")).getRecords();
    }

    private List<SegmentChecker.Checked> checkPartitions(ConsumerRecords<String, byte[]> records)
            throws InterruptedException {
        if (records.partitions().size() <= 1) {
            return records.partitions().stream().map(p -> checker.check(p, records.records(p))).toList();
        }
        List<Future<SegmentChecker.Checked>> running = new ArrayList<>(records.partitions().size());
        for (TopicPartition partition : records.partitions()) {
            running.add(partitionWorkers.submit(() -> checker.check(partition, records.records(partition))));
        }
        List<SegmentChecker.Checked> checked = new ArrayList<>(running.size());
        for (Future<SegmentChecker.Checked> partition : running) {
            try {
                checked.add(partition.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("checking a partition of the batch failed", e.getCause());
            }
        }
        return checked;
    }

    private CompletableFuture<Void> recordAndSend(List<SegmentChecker.Checked> partitions) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (SegmentChecker.Checked partition : partitions) {
            pending.addAll(partition.deadLetters());
            if (!partition.found().isEmpty()) {
                pending.add(lanes.record(partition.partition(), partition.found()));
            }
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
    }

    @PreDestroy
    void stop() {
        partitionWorkers.close();
    }
}
