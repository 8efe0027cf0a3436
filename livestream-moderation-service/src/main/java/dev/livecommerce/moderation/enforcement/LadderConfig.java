package dev.livecommerce.moderation.enforcement;

import java.time.Duration;

import dev.livecommerce.moderation.ladder.AppealPolicy;
import dev.livecommerce.moderation.ladder.BanRule;
import dev.livecommerce.moderation.ladder.CleanStreak;
import dev.livecommerce.moderation.ladder.RoomLadder;
import dev.livecommerce.moderation.ladder.StepThresholds;
import dev.livecommerce.moderation.ladder.StrikeWeights;
import io.smallrye.config.ConfigMapping;

/** moderation.ladder.*: strike weights, thresholds, decay windows, the ban, chat mutes, boosts and appeals. */
@ConfigMapping(prefix = "moderation.ladder")
public interface LadderConfig {

    Points points();

    Room room();

    Host host();

    Ban ban();

    /** Share of its normal recommendation traffic a throttled room keeps (0-99). */
    int throttleTrafficPercent();

    /** How long a viewer whose chat message broke a rule is muted in the room. */
    int chatMuteMinutes();

    Boost boost();

    Appeals appeals();

    interface Points {
        int low();

        int medium();

        int high();

        int critical();
    }

    interface Room {
        int warnPoints();

        int throttlePoints();

        int cutPoints();

        int windowMinutes();
    }

    interface Host {
        int warnPoints();

        int throttlePoints();

        int cutPoints();

        int windowDays();
    }

    interface Ban {
        int cuts();

        int windowDays();
    }

    interface Boost {
        int cleanWindowMinutes();

        /** Scheduler interval of the boost check (off disables it). */
        String every();

        int batchSizeMax();

        int batchesPerRunMax();
    }

    interface Appeals {
        int windowDays();

        int decisionDeadlineHours();
    }

    default StrikeWeights weights() {
        return new StrikeWeights(points().low(), points().medium(), points().high(), points().critical());
    }

    default RoomLadder ladder() {
        return new RoomLadder(
                new StepThresholds(room().warnPoints(), room().throttlePoints(), room().cutPoints()),
                Duration.ofMinutes(room().windowMinutes()),
                new StepThresholds(host().warnPoints(), host().throttlePoints(), host().cutPoints()),
                Duration.ofDays(host().windowDays()));
    }

    default BanRule banRule() {
        return new BanRule(ban().cuts(), Duration.ofDays(ban().windowDays()));
    }

    default CleanStreak cleanStreak() {
        return new CleanStreak(Duration.ofMinutes(boost().cleanWindowMinutes()));
    }

    default AppealPolicy appealPolicy() {
        return new AppealPolicy(Duration.ofDays(appeals().windowDays()),
                Duration.ofHours(appeals().decisionDeadlineHours()));
    }
}
