package dev.livecommerce.moderation.detection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A viewer's last chat messages in a room (their tails, what was reported in them, the handle-like tokens they
 * carried), so that contact details typed over several messages are found. Bounded in messages and chars; only the
 * thread of the room's partition touches it.
 */
final class ChatWindow {

    private record Message(String segmentId, long offsetMs, String tail, int cut, List<Span> reported,
            Set<String> handles) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();

    boolean contains(String segmentId) {
        for (Message message : messages) {
            if (message.segmentId().equals(segmentId)) {
                return true;
            }
        }
        return false;
    }

    void dropOlderThan(long offsetMs) {
        while (!messages.isEmpty() && messages.peekFirst().offsetMs() < offsetMs) {
            messages.removeFirst();
        }
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The kept tails, oldest first, as one text to put before the new message. */
    String joinedTails() {
        StringBuilder joined = new StringBuilder();
        for (Message message : messages) {
            joined.append(message.tail());
        }
        return joined.toString();
    }

    /** Whether a span of {@link #joinedTails()} overlaps one already reported for the rule. */
    boolean alreadyReported(String ruleId, int start, int end) {
        int offset = 0;
        for (Message message : messages) {
            for (Span span : message.reported()) {
                if (span.shiftedBy(offset - message.cut()).overlaps(ruleId, start, end)) {
                    return true;
                }
            }
            offset += message.tail().length();
        }
        return false;
    }

    int messagesWithHandle(String handle) {
        int count = 0;
        for (Message message : messages) {
            if (message.handles().contains(handle)) {
                count++;
            }
        }
        return count;
    }

    void add(Segment segment, int messagesMax, int tailCharsMax, List<Span> reported, Set<String> handles) {
        String text = segment.text();
        int cut = Math.max(0, text.length() - tailCharsMax);
        List<Span> kept = new ArrayList<>(reported.size());
        for (Span span : reported) {
            if (span.end() > cut) {
                kept.add(span);
            }
        }
        messages.addLast(new Message(segment.segmentId(), segment.streamOffsetMs(), text.substring(cut), cut,
                List.copyOf(kept), Set.copyOf(handles)));
        while (messages.size() > messagesMax) {
            messages.removeFirst();
        }
    }
}
