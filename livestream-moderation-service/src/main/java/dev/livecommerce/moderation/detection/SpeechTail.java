package dev.livecommerce.moderation.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * The end of a room's last speech segment, joined to the next one so that a phrase the transcriber split in two is
 * still found, and the spans already reported in it, so that a phrase is reported once. Only the thread of the
 * room's partition touches it.
 */
final class SpeechTail {

    private String text = "";
    private List<Span> reported = List.of();
    private List<Span> reportedBefore = List.of();
    private String lastSegmentId;
    private String lastPrefix = "";
    private long lastOffsetMs = -1;
    private long endOffsetMs = -1;

    /** A segment at or before the last one is a redelivery (or out of order): it is checked alone. */
    boolean isReplay(Segment segment) {
        return segment.streamOffsetMs() <= lastOffsetMs;
    }

    /**
     * What to put before the segment: nothing when the stream paused longer than {@code gapMaxMs}. The last segment
     * delivered again gets the prefix it had, so it yields the same violations; an older one gets none.
     */
    String prefixFor(Segment segment, long gapMaxMs) {
        if (isReplay(segment)) {
            return segment.segmentId().equals(lastSegmentId) ? lastPrefix : "";
        }
        return segment.streamOffsetMs() - endOffsetMs > gapMaxMs ? "" : text;
    }

    boolean alreadyReported(Segment segment, String ruleId, int start, int end) {
        for (Span span : isReplay(segment) ? reportedBefore : reported) {
            if (span.overlaps(ruleId, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the last {@code charsMax} chars of the segment and the reported spans that reach into them. */
    void advance(Segment segment, String prefix, int charsMax, List<Span> reportedInSegment) {
        String segmentText = segment.text();
        int cut = Math.max(0, segmentText.length() - charsMax);
        text = segmentText.substring(cut);
        List<Span> kept = new ArrayList<>(reportedInSegment.size());
        for (Span span : reportedInSegment) {
            if (span.end() > cut) {
                kept.add(span.shiftedBy(-cut));
            }
        }
        reportedBefore = reported;
        reported = kept;
        lastSegmentId = segment.segmentId();
        lastPrefix = prefix;
        lastOffsetMs = segment.streamOffsetMs();
        endOffsetMs = segment.streamOffsetMs() + (segment.durationMs() == null ? 0 : segment.durationMs());
    }
}
