package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Open and overdue appeals as gauges. Counted on a schedule rather than on every scrape, so a scrape never waits
 * for the database.
 */
@ApplicationScoped
public class OverdueAppealsGauge {

    static final String OPEN = "governance.appeals.open";
    static final String OVERDUE = "governance.appeals.overdue";

    private final AtomicLong open = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    OverdueAppealsGauge(MeterRegistry meters) {
        Gauge.builder(OPEN, open, AtomicLong::get)
                .description("Appeals waiting for a reviewer's decision").register(meters);
        Gauge.builder(OVERDUE, overdue, AtomicLong::get)
                .description("Open appeals past their decision deadline").register(meters);
    }

    @Scheduled(every = "${governance.appeals.overdue-count-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void count() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        open.set(Appeal.count("status", AppealStatus.OPEN));
        overdue.set(Appeal.count("status = ?1 and decisionDueAt < ?2", AppealStatus.OPEN, now));
    }
}
