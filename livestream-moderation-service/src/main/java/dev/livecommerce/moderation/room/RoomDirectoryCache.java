package dev.livecommerce.moderation.room;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.livecommerce.kit.tx.AfterCommit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The room directory of the segment hot path: a map in memory, never a query per segment. Every instance reloads
 * the rooms changed since its last refresh (an indexed delta query on updated_at, every
 * moderation.rooms.refresh-every), so a start, end or cut made by any instance - through the API, an event or the
 * ladder - is visible everywhere within that interval. The database stays the one truth: no event ordering or
 * consumer-group bookkeeping can leave the map stale. The delta reaches back an overlap further than the last
 * refresh, so a transaction that committed late (its updated_at older than the refresh) is still picked up. Writes
 * of this instance are put into the map when they commit, so it sees them at once. Rooms over for longer than the
 * retention are dropped from the map.
 */
@ApplicationScoped
public class RoomDirectoryCache implements RoomDirectory {

    private final Map<String, LiveRoom> rooms = new ConcurrentHashMap<>();
    private final Map<String, OffsetDateTime> overAt = new ConcurrentHashMap<>();
    private final AfterCommit afterCommit;
    private final Duration overlap;
    private final Duration retention;
    private final int pageSizeMax;
    private volatile OffsetDateTime refreshedUpTo;
    private boolean loaded;

    RoomDirectoryCache(AfterCommit afterCommit, MeterRegistry meters,
            @ConfigProperty(name = "moderation.rooms.refresh-overlap-seconds") int overlapSeconds,
            @ConfigProperty(name = "moderation.rooms.retention-minutes") int retentionMinutes,
            @ConfigProperty(name = "moderation.rooms.refresh-page-size-max") int pageSizeMax) {
        this.afterCommit = afterCommit;
        this.overlap = Duration.ofSeconds(overlapSeconds);
        this.retention = Duration.ofMinutes(retentionMinutes);
        this.pageSizeMax = pageSizeMax;
        Gauge.builder("moderation.rooms.live", rooms, r -> r.values().stream().filter(LiveRoom::isLive).count())
                .description("Live rooms in this instance's room directory").register(meters);
        this.refreshedUpTo = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
    }

    @Override
    public Optional<LiveRoom> find(String roomId) {
        return Optional.ofNullable(rooms.get(roomId));
    }

    /** Makes a room change of the current transaction visible here as soon as it commits. */
    public void putAfterCommit(LiveRoom room) {
        afterCommit.run(() -> put(room, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    void load(@Observes StartupEvent start) {
        refresh();
    }

    /** The first run loads every live room (whatever its age); later runs the rooms changed since the last one. */
    @Scheduled(every = "${moderation.rooms.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void refresh() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime from = refreshedUpTo.minus(overlap);
        String changed = loaded ? "updatedAt >= :from" : "(updatedAt >= :from or state = :live)";
        String lastId = "";
        List<Room> rows;
        do {
            Parameters page = Parameters.with("from", from).and("lastId", lastId);
            if (!loaded) {
                page.and("live", RoomState.LIVE);
            }
            // Keyset pages in room id order: bounded reads, and a page boundary never skips a room.
            rows = QuarkusTransaction.requiringNew().call(() -> Room.<Room>find(changed
                    + " and roomId > :lastId order by roomId", page).page(0, pageSizeMax).list());
            rows.forEach(r -> put(r.toLiveRoom(), r.endedAt));
            if (!rows.isEmpty()) {
                lastId = rows.get(rows.size() - 1).roomId;
            }
        } while (rows.size() == pageSizeMax);
        loaded = true;
        refreshedUpTo = now;
        OffsetDateTime dropBefore = now.minus(retention);
        overAt.entrySet().removeIf(e -> {
            boolean drop = e.getValue().isBefore(dropBefore);
            if (drop) {
                rooms.computeIfPresent(e.getKey(), (id, room) -> room.isLive() ? room : null);
            }
            return drop;
        });
    }

    private void put(LiveRoom room, OffsetDateTime endedAt) {
        rooms.put(room.roomId(), room);
        if (room.isLive()) {
            overAt.remove(room.roomId());
        } else {
            overAt.put(room.roomId(), endedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : endedAt);
        }
    }
}
