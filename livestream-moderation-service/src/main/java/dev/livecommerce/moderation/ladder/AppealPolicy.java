package dev.livecommerce.moderation.ladder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Who may appeal a cut or a ban, until when, and by when a reviewer decides. The host appeals its own penalties;
 * a merchant appeals those it is jointly responsible for (its room was cut, or the ban counted its rooms).
 */
public record AppealPolicy(Duration filingWindow, Duration decisionDeadline) {

    public enum AppellantKind {
        HOST, MERCHANT
    }

    public AppealPolicy {
        if (filingWindow.isNegative() || filingWindow.isZero() || decisionDeadline.isNegative()
                || decisionDeadline.isZero()) {
            throw new IllegalArgumentException("appeal windows must be positive");
        }
    }

    public boolean mayAppeal(AppellantKind kind, String appellantId, String hostId, Collection<String> merchantIds) {
        return switch (kind) {
            case HOST -> hostId.equals(appellantId);
            case MERCHANT -> merchantIds.contains(appellantId);
        };
    }

    public boolean windowOpen(Instant imposedAt, Instant now) {
        return !now.isAfter(imposedAt.plus(filingWindow));
    }

    public Instant decisionDueAt(Instant filedAt) {
        return filedAt.plus(decisionDeadline);
    }

    public boolean overdue(Instant decisionDueAt, Instant decidedAt) {
        return decidedAt.isAfter(decisionDueAt);
    }
}
