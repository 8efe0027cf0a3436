package dev.livecommerce.moderation.detection;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimMatch;
import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.moderation.room.LiveRoom;
import dev.livecommerce.moderation.violation.Channel;
import dev.livecommerce.moderation.violation.DetectedViolation;

/**
 * Checks one segment of a live room: the claim rules of all the room's categories on its text, plus what only a
 * stream has. For SPEECH, the tail of the room's previous segment is put before the text, so a phrase split across
 * two segments ("全网最" + "低价") is found; it is reported once, on the segment where it completes, its span being
 * the part in that segment (start 0). For CHAT, the tails of the viewer's last messages are put before the message,
 * and contact details completed by it (a phone number typed in pieces) are reported the same way; a handle-like token
 * the viewer repeats in several messages is reported as {@value #REPEATED_HANDLE_RULE}.
 * <p>
 * Segments of one room must come in order from one thread at a time (one partition per room); rooms may be checked
 * in parallel.
 */
public final class StreamDetector {

    public static final String REPEATED_HANDLE_RULE = "chat-repeated-handle";
    public static final int REPEATED_HANDLE_RULE_VERSION = 1;

    private final ClaimEngine engine;
    private final DetectionLimits limits;
    private final StreamContexts contexts;
    private final Clock clock;

    public StreamDetector(ClaimEngine engine, DetectionLimits limits, Clock clock) {
        if (limits.speechTailCharsMax() < engine.maxTermLength()) {
            throw new IllegalArgumentException("speech tail of " + limits.speechTailCharsMax()
                    + " chars is shorter than the longest term (" + engine.maxTermLength() + ")");
        }
        this.engine = engine;
        this.limits = limits;
        this.contexts = new StreamContexts(limits);
        this.clock = clock;
    }

    public List<DetectedViolation> detect(LiveRoom room, Segment segment) {
        // At the database's precision: a strike read back must not round past the instant the ladder counts up to.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return segment.channel() == Channel.SPEECH ? speech(room, segment, now) : chat(room, segment, now);
    }

    private List<DetectedViolation> speech(LiveRoom room, Segment segment, Instant now) {
        SpeechTail tail = contexts.speechTail(room.roomId());
        boolean replay = tail.isReplay(segment);
        String prefix = tail.prefixFor(segment, limits.speechGapMaxMs());
        List<ClaimMatch> matches = scan(room, prefix.isEmpty() ? segment.text() : prefix + segment.text());
        int p = prefix.length();
        List<DetectedViolation> found = new ArrayList<>(matches.size());
        List<Span> reported = new ArrayList<>(matches.size());
        for (ClaimMatch match : matches) {
            if (match.end() <= p || (match.start() < p && tail.alreadyReported(segment, match.ruleId(),
                    match.start(), match.end()))) {
                continue; // reported with the previous segment
            }
            int start = Math.max(0, match.start() - p);
            int end = match.end() - p;
            found.add(violation(room, segment, match.ruleId(), match.ruleVersion(), match.type(), start, end, now));
            reported.add(new Span(match.ruleId(), start, end));
        }
        if (!replay) {
            tail.advance(segment, prefix, limits.speechTailCharsMax(), reported);
        }
        return found;
    }

    private List<DetectedViolation> chat(LiveRoom room, Segment segment, Instant now) {
        List<ClaimMatch> matches = scan(room, segment.text());
        List<DetectedViolation> found = new ArrayList<>(matches.size());
        List<Span> reported = new ArrayList<>(matches.size());
        for (ClaimMatch match : matches) {
            found.add(violation(room, segment, match.ruleId(), match.ruleVersion(), match.type(), match.start(),
                    match.end(), now));
            reported.add(new Span(match.ruleId(), match.start(), match.end()));
        }
        ChatWindow window = contexts.chatWindow(room.roomId(), segment.speakerId());
        if (window.contains(segment.segmentId())) {
            return found; // a redelivery: the window already has it
        }
        window.dropOlderThan(segment.streamOffsetMs() - limits.chatWindowMs());
        if (!window.isEmpty()) {
            contactsAcrossMessages(room, segment, window, found, reported, now);
        }
        Set<String> handles = new HashSet<>(2);
        for (HandleTokens.Token token : HandleTokens.in(segment.text())) {
            handles.add(token.handle());
            if (window.messagesWithHandle(token.handle()) + 1 >= limits.handleRepeatsMin()
                    && !contactReported(reported, found, token.start(), token.end())) {
                found.add(violation(room, segment, REPEATED_HANDLE_RULE, REPEATED_HANDLE_RULE_VERSION,
                        ClaimType.OFF_PLATFORM_CONTACT, token.start(), token.end(), now));
                reported.add(new Span(REPEATED_HANDLE_RULE, token.start(), token.end()));
            }
        }
        window.add(segment, limits.chatMessagesMax(), limits.chatTailCharsMax(), reported, handles);
        return found;
    }

    private void contactsAcrossMessages(LiveRoom room, Segment segment, ChatWindow window,
            List<DetectedViolation> found, List<Span> reported, Instant now) {
        String prefix = window.joinedTails();
        int p = prefix.length();
        for (ClaimMatch match : scan(room, prefix + segment.text())) {
            if (match.type() != ClaimType.OFF_PLATFORM_CONTACT || match.start() >= p || match.end() <= p
                    || window.alreadyReported(match.ruleId(), match.start(), match.end())) {
                continue; // only a contact that the new message completes
            }
            int end = match.end() - p;
            if (contactReported(reported, found, 0, end)) {
                continue;
            }
            found.add(violation(room, segment, match.ruleId(), match.ruleVersion(), match.type(), 0, end, now));
            reported.add(new Span(match.ruleId(), 0, end));
        }
    }

    private static boolean contactReported(List<Span> reported, List<DetectedViolation> found, int start, int end) {
        for (int i = 0; i < reported.size(); i++) {
            Span span = reported.get(i);
            if (found.get(i).type() == ClaimType.OFF_PLATFORM_CONTACT && span.start() < end && start < span.end()) {
                return true;
            }
        }
        return false;
    }

    private List<ClaimMatch> scan(LiveRoom room, String text) {
        return engine.scanInCategories(text, room.categories());
    }

    private DetectedViolation violation(LiveRoom room, Segment segment, String ruleId, int ruleVersion,
            ClaimType type, int start, int end, Instant now) {
        return new DetectedViolation(
                ViolationIds.of(room.roomId(), segment.segmentId(), ruleId, ruleVersion, start, end),
                room.roomId(), segment.segmentId(), segment.channel(), segment.speakerId(), ruleId, ruleVersion,
                type, limits.severityOf(type).name(), start, end, segment.text().substring(start, end),
                segment.streamOffsetMs(), now);
    }
}
