package dev.livecommerce.governance.penalty;

import java.util.EnumMap;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** governance.penalties.*: the ladder, the life of points and the limits of the expiry job. */
@ConfigMapping(prefix = "governance.penalties")
public interface PenaltyConfig {

    /** Days after the decision that its points stop counting. */
    int pointsExpiryDays();

    /** How many points below a threshold the merchant is warned; 0 switches warnings off. */
    int warningMarginPoints();

    Thresholds thresholds();

    Expiry expiry();

    interface Thresholds {
        int listingRestricted();

        int trafficLimited();

        int suspended();

        int terminated();
    }

    interface Expiry {
        /** How often the expiry job runs (a Quarkus scheduler interval such as 1m; off disables it). */
        String every();

        /** Merchants settled per transaction of the expiry job. */
        int batchSizeMax();

        /** Batches per run, so one run stays short however large the backlog. */
        int batchesPerRunMax();
    }

    default PenaltyLadder ladder() {
        Map<PenaltyLevel, Integer> points = new EnumMap<>(PenaltyLevel.class);
        points.put(PenaltyLevel.LISTING_RESTRICTED, thresholds().listingRestricted());
        points.put(PenaltyLevel.TRAFFIC_LIMITED, thresholds().trafficLimited());
        points.put(PenaltyLevel.SUSPENDED, thresholds().suspended());
        points.put(PenaltyLevel.TERMINATED, thresholds().terminated());
        return new PenaltyLadder(points, warningMarginPoints());
    }
}
