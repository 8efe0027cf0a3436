package dev.livecommerce.moderation.boost;

import static dev.livecommerce.moderation.Moderation.outboxCount;
import static dev.livecommerce.moderation.Moderation.speech;
import static dev.livecommerce.moderation.Moderation.start;
import static dev.livecommerce.moderation.Moderation.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.livecommerce.moderation.events.TrafficBoostGranted;
import dev.livecommerce.moderation.room.RoomDirectory;
import dev.livecommerce.moderation.violation.ViolationRecorder;
import io.quarkus.test.junit.QuarkusTest;

/** The boost job on the real database: a room clean for the whole window is boosted once, a room with a strike not. */
@QuarkusTest
class TrafficBoostJobTest {

    /** moderation.ladder.boost.clean-window-minutes */
    private static final Duration CLEAN_WINDOW = Duration.ofMinutes(60);
    /** moderation.ladder.boost.batch-size-max */
    private static final int BATCH_SIZE_MAX = 200;

    @Inject
    TrafficBoostJob job;
    @Inject
    ViolationRecorder recorder;
    @Inject
    RoomDirectory directory;

    @Test
    void aRoomCleanForTheWholeWindowIsBoostedOnceAndARoomWithARecentStrikeIsNot() {
        String clean = unique("room");
        String struck = unique("room");
        String struckHost = unique("host");
        start(clean, "m-1001", unique("host"));
        start(struck, "m-1001", struckHost);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(CLEAN_WINDOW).plusSeconds(60);
        recorder.record(directory.find(struck).orElseThrow(),
                List.of(speech(struck, struckHost, "seg-1", "LOW", now.minus(CLEAN_WINDOW.dividedBy(2)))));

        grantAll(now);
        assertEquals(1, outboxCount(TrafficBoostGranted.NAME, clean));
        assertEquals(0, outboxCount(TrafficBoostGranted.NAME, struck), "a strike within the window: no boost");

        grantAll(now.plus(CLEAN_WINDOW.dividedBy(2)));
        assertEquals(1, outboxCount(TrafficBoostGranted.NAME, clean), "at most one boost per clean window");
        grantAll(now.plus(CLEAN_WINDOW).plusSeconds(1));
        assertEquals(2, outboxCount(TrafficBoostGranted.NAME, clean), "the next window earns the next boost");
    }

    /** Runs batches until one comes back short, as the scheduled run does (other tests' rooms are candidates too). */
    private void grantAll(Instant now) {
        int checked;
        do {
            checked = job.grantBatch(now);
        } while (checked == BATCH_SIZE_MAX);
    }
}
