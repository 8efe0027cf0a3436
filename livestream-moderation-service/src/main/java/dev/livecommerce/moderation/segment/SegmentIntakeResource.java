package dev.livecommerce.moderation.segment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import dev.livecommerce.kit.events.CloudEventCodec;
import dev.livecommerce.kit.events.EncodedEvent;
import dev.livecommerce.kit.events.EventContract;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.moderation.detection.Segment;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.room.RoomDirectory;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Platform systems post segments in batches; each is produced to livestream-segment-posted keyed by its room. All or
 * nothing: a batch with an invalid item, or an item of a room that is not live, is refused whole with a problem
 * naming each bad item, and a batch is answered only after the broker acknowledged every segment. There is no state
 * to change here, so no outbox: the broker's acknowledgement is the commit.
 */
@Path("/segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Segments")
public class SegmentIntakeResource {

    static final String CHANNEL = "segments-posted";
    /** Bounds the emitter's queue; the batch bound is below it. */
    private static final int EMITTER_BUFFER = 2048;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    public record SegmentItem(@NotBlank @Size(max = 128) String segmentId, @NotBlank @Size(max = 128) String roomId,
            @NotNull dev.livecommerce.moderation.violation.Channel channel,
            @NotBlank @Size(max = 128) String speakerId,
            @NotBlank @Size(max = Segment.TEXT_CHARS_MAX) String text, @NotNull @PositiveOrZero Long streamOffsetMs,
            @PositiveOrZero Long durationMs, OffsetDateTime postedAt) {
    }

    public record SegmentBatch(@NotEmpty @Size(max = EMITTER_BUFFER / 2) List<@Valid @NotNull SegmentItem> segments) {
    }

    public record Accepted(int accepted, int rooms) {
    }

    private final RoomDirectory rooms;
    private final CloudEventCodec codec;
    private final MutinyEmitter<byte[]> emitter;
    private final int segmentsMax;

    SegmentIntakeResource(RoomDirectory rooms, CloudEventCodec codec,
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER) MutinyEmitter<byte[]> emitter,
            @ConfigProperty(name = "moderation.intake.segments-max") int segmentsMax) {
        this.rooms = rooms;
        this.codec = codec;
        this.emitter = emitter;
        this.segmentsMax = Math.min(segmentsMax, EMITTER_BUFFER / 2);
    }

    @POST
    @Operation(summary = "Post a batch of speech segments and chat messages to be checked (202 with counts; 422 "
            + "naming each item that is invalid or of a room that is not live)")
    public Response post(@Valid @NotNull SegmentBatch batch) {
        List<SegmentItem> items = batch.segments();
        if (items.size() > segmentsMax) {
            throw new ProblemException(Problem.of(422, "Batch too large", "batch-too-large",
                    items.size() + " segments; at most " + segmentsMax + " per batch"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            check(items.get(i), "segments[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Invalid segments", "invalid-segments",
                    errors.size() + " segment(s) refused; nothing was posted").withErrors(errors));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Uni<Void>> sends = new ArrayList<>(items.size());
        Set<String> roomIds = new HashSet<>();
        for (SegmentItem item : items) {
            Segment segment = new Segment(item.segmentId(), item.roomId(), item.channel(), item.speakerId(),
                    item.text(), item.streamOffsetMs(), item.durationMs(),
                    item.postedAt() == null ? now : item.postedAt());
            EncodedEvent event = codec.encode(Segment.NAME, segment.roomId(), segment);
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", EventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            sends.add(emitter.sendMessage(Message.of(event.value()).addMetadata(OutgoingKafkaRecordMetadata
                    .<String>builder().withKey(segment.roomId()).withHeaders(headers).build())));
            roomIds.add(segment.roomId());
        }
        Uni.join().all(sends).andFailFast().await().atMost(SEND_TIMEOUT);
        return Response.accepted(new Accepted(items.size(), roomIds.size())).build();
    }

    private void check(SegmentItem item, String at, List<Problem.FieldError> errors) {
        boolean speech = item.channel() == dev.livecommerce.moderation.violation.Channel.SPEECH;
        if (speech && item.durationMs() == null) {
            errors.add(new Problem.FieldError(at + ".durationMs", "required for SPEECH"));
        } else if (!speech && item.durationMs() != null) {
            errors.add(new Problem.FieldError(at + ".durationMs", "only for SPEECH, not for CHAT"));
        }
        Optional<LiveRoom> room = rooms.find(item.roomId());
        if (room.isEmpty()) {
            errors.add(new Problem.FieldError(at + ".roomId", "room " + item.roomId() + " is not known"));
        } else if (!room.get().isLive()) {
            errors.add(new Problem.FieldError(at + ".roomId",
                    "room " + item.roomId() + " is " + room.get().state() + ", not LIVE"));
        }
    }
}
