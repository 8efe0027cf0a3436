package dev.livecommerce.kit.outbox;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/** Deletes published rows past their retention, a bounded number per run, so the table stays small. */
@ApplicationScoped
public class OutboxPurge {

    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxPurge(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(every = "${suite.outbox.purge-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        store.purgePublishedBefore(OffsetDateTime.now().minusHours(config.retentionHours()), config.purgeBatchMax());
    }
}
