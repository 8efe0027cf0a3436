package dev.livecommerce.kit.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes pending outbox rows in position order, one bounded batch per transaction, and marks a row published only
 * after the broker acknowledged it. Killed at any point, it loses nothing: unmarked rows are sent again after the
 * restart, and subscribers drop the duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long STOP_WAIT_MS = 20_000;

    private final OutboxConfig config;
    private final OutboxStore store;
    private final RelayProducerFactory producers;
    private final Semaphore wake = new Semaphore(0);
    private final Counter published;
    private final Counter failedBatches;
    private final Timer lag;

    private volatile boolean running;
    private Thread worker;
    private Producer<String, byte[]> producer;

    OutboxRelay(OutboxConfig config, OutboxStore store, RelayProducerFactory producers, MeterRegistry meters) {
        this.config = config;
        this.store = store;
        this.producers = producers;
        this.published = meters.counter("suite.outbox.published");
        this.failedBatches = meters.counter("suite.outbox.failed.batches");
        this.lag = Timer.builder("suite.outbox.lag")
                .description("Time from the event's commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        meters.gauge("suite.outbox.pending", store, s -> QuarkusTransaction.requiringNew().call(s::countPending));
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        producer = producers.create(config.sendTimeoutMs());
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    /** Lets in-flight work finish: the current batch completes (or times out) before the producer closes. */
    void stop(@Observes ShutdownEvent ignored) {
        if (worker == null) {
            return;
        }
        running = false;
        wake.release();
        try {
            worker.join(STOP_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofMillis(STOP_WAIT_MS));
    }

    /** Called after a commit that wrote events, so they go out without waiting for the next poll. */
    void wakeUp() {
        wake.release();
    }

    private void run() {
        long backoffMs = config.pollIntervalMs();
        while (running) {
            BatchResult result = publishOneBatch();
            if (result.failure() == null) {
                backoffMs = config.pollIntervalMs();
                if (result.published() < config.batchSizeMax()) {
                    idle(config.pollIntervalMs());
                }
            } else {
                failedBatches.increment();
                LOG.warnf("Outbox batch stopped after %d published: %s (retrying in %d ms)", result.published(),
                        result.failure().toString(), backoffMs);
                idle(backoffMs);
                backoffMs = Math.min(backoffMs * 2, config.retryBackoffMaxMs());
            }
        }
    }

    private void idle(long ms) {
        try {
            if (wake.tryAcquire(ms, TimeUnit.MILLISECONDS) && running && config.wakeLingerMs() > 0) {
                Thread.sleep(config.wakeLingerMs());
            }
            wake.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record BatchResult(int published, Exception failure) {
    }

    private BatchResult publishOneBatch() {
        try {
            return QuarkusTransaction.requiringNew()
                    .timeout((int) (config.sendTimeoutMs() / 1000) + 30)
                    .call(this::publishLocked);
        } catch (RuntimeException e) {
            return new BatchResult(0, e);
        }
    }

    private BatchResult publishLocked() {
        if (!store.tryLockRelay()) {
            return new BatchResult(0, null);
        }
        List<OutboxEvent> batch = store.pending(config.batchSizeMax());
        if (batch.isEmpty()) {
            return new BatchResult(0, null);
        }
        OrderedSender.Outcome outcome = new OrderedSender(producer, config.sendTimeoutMs()).send(batch);
        List<OutboxEvent> acknowledged = batch.subList(0, outcome.acknowledged());
        OffsetDateTime now = OffsetDateTime.now();
        store.markPublished(acknowledged, now);
        published.increment(acknowledged.size());
        for (OutboxEvent event : acknowledged) {
            if (event.createdAt != null) {
                lag.record(Duration.between(event.createdAt, now));
            }
        }
        return new BatchResult(acknowledged.size(), outcome.failure());
    }
}
