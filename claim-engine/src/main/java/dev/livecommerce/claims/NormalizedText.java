package dev.livecommerce.claims;

/**
 * A text as the rules see it, with the way back: every normalised char knows the span of the original text it
 * came from, so a match in the normalised text is reported as the exact original span, fillers included.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    NormalizedText(String original, NormalizationBuffer buffer) {
        this.original = original;
        this.text = new String(buffer.chars, 0, buffer.length);
        this.starts = new int[buffer.length];
        this.ends = new int[buffer.length];
        for (int i = 0; i < buffer.length; i++) {
            starts[i] = buffer.startOf(i);
            ends[i] = buffer.endOf(i);
        }
    }

    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text of the first char that normalised char {@code index} came from. */
    public int originalStart(int index) {
        return starts[index];
    }

    /** Offset in the original text just past the last char that normalised char {@code index} came from. */
    public int originalEnd(int index) {
        return ends[index];
    }

    /** The original text behind the normalised range [start, end), end exclusive; empty for an empty range. */
    public String originalOf(int start, int end) {
        if (start < 0 || end > length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of " + length());
        }
        return start == end ? "" : original.substring(starts[start], ends[end - 1]);
    }

    @Override
    public String toString() {
        return text;
    }
}
