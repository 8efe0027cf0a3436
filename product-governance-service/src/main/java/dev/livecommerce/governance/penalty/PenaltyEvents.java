package dev.livecommerce.governance.penalty;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.MerchantPenalized;
import dev.livecommerce.governance.events.MerchantWarned;
import dev.livecommerce.kit.outbox.Outbox;

/**
 * Publishes what a settlement changed: merchant-penalized when the level rose or points expiring lowered it, and
 * merchant-warned. A level lowered by an overturn is announced by appeal-decided instead, the one event of the
 * compensation. Both are keyed by merchant, so a merchant's events stay in order.
 */
@ApplicationScoped
public class PenaltyEvents {

    private final Outbox outbox;

    PenaltyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRaise(StandingChange change, PenaltyReview trigger) {
        if (change.raised()) {
            outbox.publish(MerchantPenalized.NAME, change.merchantId(), new MerchantPenalized(change.merchantId(),
                    MerchantPenalized.Change.RAISED, MerchantPenalized.Reason.THRESHOLD_CROSSED, change.level(),
                    change.previousLevel(), change.activePoints(), change.standingVersion(), change.at(),
                    change.enforced().stream().map(p -> new MerchantPenalized.EnforcedPenalty(p.id, p.level,
                            p.thresholdPoints)).toList(),
                    change.violationsBehind().stream().map(PenaltyEvents::behind).toList(), null));
        }
        MerchantWarning warning = change.warning();
        if (warning != null) {
            outbox.publish(MerchantWarned.NAME, change.merchantId(), new MerchantWarned(warning.id,
                    warning.merchantId, warning.level, warning.activePoints, warning.thresholdLevel,
                    warning.thresholdPoints, warning.thresholdPoints - warning.activePoints, trigger.reviewId,
                    trigger.listingId, warning.warnedAt));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishExpiry(StandingChange change) {
        if (change.lowered()) {
            outbox.publish(MerchantPenalized.NAME, change.merchantId(), new MerchantPenalized(change.merchantId(),
                    MerchantPenalized.Change.LOWERED, MerchantPenalized.Reason.POINTS_EXPIRED, change.level(),
                    change.previousLevel(), change.activePoints(), change.standingVersion(), change.at(), null,
                    null, lifted(change.lifted())));
        }
    }

    public static List<MerchantPenalized.LiftedPenalty> lifted(List<MerchantPenalty> penalties) {
        return penalties.stream().map(p -> new MerchantPenalized.LiftedPenalty(p.id, p.level)).toList();
    }

    private static MerchantPenalized.ViolationBehind behind(ViolationPoints v) {
        return new MerchantPenalized.ViolationBehind(v.reviewId, v.listingId, v.ruleId, v.ruleVersion, v.points,
                v.violatedAt, v.expiresAt);
    }
}
