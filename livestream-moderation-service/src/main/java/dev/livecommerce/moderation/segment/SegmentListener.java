package dev.livecommerce.moderation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.moderation.detection.Segment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes livestream-segment-posted in batches (one poll, up to max.poll.records) and checks the partitions of a
 * batch in parallel, one virtual thread per partition, each partition in order (a room's segments share a
 * partition, which the stream context needs). The batch is acknowledged when all its partitions are done; the next
 * batch starts after that, so order holds across batches too.
 */
@ApplicationScoped
public class SegmentListener {

    private final SegmentChecker checker;
    private final ExecutorService partitionWorkers = Executors.newVirtualThreadPerTaskExecutor();
    private final Timer batches;

    SegmentListener(SegmentChecker checker, MeterRegistry meters) {
        this.checker = checker;
        this.batches = Timer.builder("moderation.segments.batch")
                .description("Time to check one polled batch of segments, all its partitions").register(meters);
    }

    @Incoming(Segment.NAME)
    @Blocking
    public void onSegments(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        long startNs = System.nanoTime();
        try {
            checkPartitions(records);
        } finally {
            batches.record(System.nanoTime() - startNs, TimeUnit.NANOSECONDS);
        }
    }

    private void checkPartitions(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        if (records.partitions().size() <= 1) {
            records.partitions().forEach(partition -> checker.checkAll(records.records(partition)));
            return;
        }
        List<Future<?>> running = new ArrayList<>(records.partitions().size());
        for (TopicPartition partition : records.partitions()) {
            running.add(partitionWorkers.submit(() -> checker.checkAll(records.records(partition))));
        }
        Throwable failure = null;
        for (Future<?> partition : running) {
            try {
                partition.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("a partition of the batch failed", failure);
        }
    }

    @PreDestroy
    void stop() {
        partitionWorkers.close();
    }
}
