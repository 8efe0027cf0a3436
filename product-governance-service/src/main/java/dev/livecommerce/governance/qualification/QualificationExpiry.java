package dev.livecommerce.governance.qualification;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Announces documents that ran out. Requirement checks never wait for it (they compare dates), so a late run
 * delays only the merchant-qualification-changed EXPIRED event.
 */
@ApplicationScoped
public class QualificationExpiry {

    private final QualificationService qualifications;

    QualificationExpiry(QualificationService qualifications) {
        this.qualifications = qualifications;
    }

    @Scheduled(every = "${governance.qualification.expiry-check-every}", delayed = "${governance.qualification.expiry-check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expire() {
        qualifications.expireDue();
    }
}
