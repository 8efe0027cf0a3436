package dev.livecommerce.moderation.room;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.kit.inbox.IdempotentConsumer;
import dev.livecommerce.moderation.events.LivestreamEnded;
import dev.livecommerce.moderation.events.LivestreamStarted;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Session starts and ends the live system publishes instead of calling the API, applied once each (the inbox). The
 * starts and ends this service published itself come back here too and change nothing.
 */
@ApplicationScoped
public class SessionListener {

    static final String CONSUMER = "room-sessions";

    private final IdempotentConsumer consumer;
    private final RoomService rooms;

    SessionListener(IdempotentConsumer consumer, RoomService rooms) {
        this.consumer = consumer;
        this.rooms = rooms;
    }

    @Incoming("sessions-started")
    @Blocking
    public void onStarted(byte[] value) {
        consumer.apply(CONSUMER, LivestreamStarted.NAME, value, LivestreamStarted.class,
                event -> rooms.applyStarted(event.data()));
    }

    @Incoming("sessions-ended")
    @Blocking
    public void onEnded(byte[] value) {
        consumer.apply(CONSUMER, LivestreamEnded.NAME, value, LivestreamEnded.class,
                event -> rooms.applyEnded(event.data()));
    }
}
