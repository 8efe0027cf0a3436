package dev.livecommerce.claims;

import static dev.livecommerce.claims.CharTables.BOUNDARY;
import static dev.livecommerce.claims.CharTables.DOT;
import static dev.livecommerce.claims.CharTables.DROP;
import static dev.livecommerce.claims.CharTables.EXPAND;
import static dev.livecommerce.claims.CharTables.EXPANSIONS;
import static dev.livecommerce.claims.CharTables.FOLDED;
import static dev.livecommerce.claims.CharTables.KEEP;
import static dev.livecommerce.claims.CharTables.KINDS;
import static dev.livecommerce.claims.CharTables.NUMERALS;
import static dev.livecommerce.claims.CharTables.PERCENT;
import static dev.livecommerce.claims.CharTables.SURROGATE;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normaliser's working memory, reused from text to text: one pass over the original text writes the
 * normalised chars and, for each, the original span it came from. Not thread-safe; one per thread.
 */
final class NormalizationBuffer {

    /** A run of at least this many digits and Chinese numerals is read as a number (phone, QQ): 一三八 is 138. */
    static final int NUMBER_RUN_MIN = 7;
    private static final int INITIAL_CAPACITY = 256;

    char[] chars = new char[INITIAL_CAPACITY];
    /** Original offset of the first char each normalised char came from. */
    int[] starts = new int[INITIAL_CAPACITY];
    /** Original offset just past the last char each normalised char came from. */
    int[] ends = new int[INITIAL_CAPACITY];
    /** True when separators were dropped just before this char: "vx" in "my vx" stands alone, in "novx" not. */
    boolean[] gapBefore = new boolean[INITIAL_CAPACITY];
    int length;

    private boolean pendingGap;
    private int runStart = -1;
    private boolean runHasChineseNumeral;
    private byte[] bytes = new byte[48];

    void normalize(String text) {
        length = 0;
        pendingGap = false;
        runStart = -1;
        runHasChineseNumeral = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (KINDS[c]) {
                case KEEP -> emit(FOLDED[c], i, i + 1);
                case DROP -> pendingGap = true;
                case BOUNDARY -> boundary(i, i + 1);
                case EXPAND -> {
                    for (char m : EXPANSIONS[c]) {
                        emit(m, i, i + 1);
                    }
                }
                case DOT -> {
                    if (isDecimalPoint(text, i)) {
                        emit('.', i, i + 1);
                    } else {
                        pendingGap = true;
                    }
                }
                case PERCENT -> i = percent(text, i);
                case SURROGATE -> i = surrogate(text, i);
                default -> throw new IllegalStateException("unknown char kind " + KINDS[c]);
            }
        }
        if (runStart >= 0) {
            closeNumberRun();
        }
    }

    /** Drops the buffers after an unusually long text, so that one huge text does not pin memory forever. */
    void shrinkIfLarger(int capacityMax) {
        if (chars.length > capacityMax) {
            chars = new char[INITIAL_CAPACITY];
            starts = new int[INITIAL_CAPACITY];
            ends = new int[INITIAL_CAPACITY];
            gapBefore = new boolean[INITIAL_CAPACITY];
        }
    }

    private void emit(char m, int start, int end) {
        if (length == chars.length) {
            grow();
        }
        chars[length] = m;
        starts[length] = start;
        ends[length] = end;
        gapBefore[length] = pendingGap;
        pendingGap = false;
        char numeral = NUMERALS[m];
        if (numeral != 0) {
            if (runStart < 0) {
                runStart = length;
            }
            runHasChineseNumeral |= numeral != m;
        } else if (runStart >= 0) {
            closeNumberRun();
        }
        length++;
    }

    private void closeNumberRun() {
        if (runHasChineseNumeral && length - runStart >= NUMBER_RUN_MIN) {
            for (int j = runStart; j < length; j++) {
                chars[j] = NUMERALS[chars[j]];
            }
        }
        runStart = -1;
        runHasChineseNumeral = false;
    }

    private void boundary(int start, int end) {
        if (length > 0 && chars[length - 1] != ' ') {
            emit(' ', start, end);
        }
        pendingGap = false;
    }

    /** Handles one original char outside the hot loop (URL-decoded chars, normalised supplementary chars). */
    private void accept(char c, int start, int end) {
        switch (KINDS[c]) {
            case KEEP, PERCENT -> emit(FOLDED[c], start, end);
            case BOUNDARY -> boundary(start, end);
            case EXPAND -> {
                for (char m : EXPANSIONS[c]) {
                    emit(m, start, end);
                }
            }
            default -> pendingGap = true;
        }
    }

    /** A dot between digits followed by one or two more digits, as in a price ("9.9", "1.25"). */
    private boolean isDecimalPoint(String text, int dot) {
        if (length == 0 || !CharTables.isAsciiDigit(chars[length - 1])) {
            return false;
        }
        int digits = 0;
        int j = dot + 1;
        while (j < text.length() && digits <= 2 && isDigitChar(text.charAt(j))) {
            digits++;
            j++;
        }
        return digits >= 1 && digits <= 2;
    }

    private static boolean isDigitChar(char c) {
        return KINDS[c] == KEEP && CharTables.isAsciiDigit(FOLDED[c]);
    }

    private int surrogate(String text, int i) {
        char high = text.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            supplementary(Character.toCodePoint(high, text.charAt(i + 1)), i, i + 2);
            return i + 1;
        }
        pendingGap = true;
        return i;
    }

    /**
     * Emoji and other symbols outside the BMP are fillers; mathematical letters and digits (𝐯, 𝟏) fold like
     * their plain forms; other letters (rare ideographs) are kept as they are.
     */
    private void supplementary(int codePoint, int start, int end) {
        if (!Character.isLetterOrDigit(codePoint)) {
            pendingGap = true;
            return;
        }
        String normalized = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
        if (normalized.length() == 1) {
            accept(normalized.charAt(0), start, end);
        } else {
            emit(Character.highSurrogate(codePoint), start, end);
            emit(Character.lowSurrogate(codePoint), start, end);
        }
    }

    /**
     * URL-encoded UTF-8 ("%E6%9C%80%E5%A5%BD" is 最好) is decoded when it is valid and looks deliberate: at
     * least one multi-byte char or three encoded bytes. Otherwise '%' is a percent sign ("100%").
     *
     * @return the index of the last original char consumed
     */
    private int percent(String text, int i) {
        int count = 0;
        int j = i;
        while (j + 2 < text.length() && text.charAt(j) == '%' && hex(text.charAt(j + 1)) >= 0
                && hex(text.charAt(j + 2)) >= 0) {
            if (count == bytes.length) {
                bytes = Arrays.copyOf(bytes, count * 2);
            }
            bytes[count++] = (byte) (hex(text.charAt(j + 1)) << 4 | hex(text.charAt(j + 2)));
            j += 3;
        }
        int valid = 0;
        boolean multiByte = false;
        while (valid < count) {
            int size = sequenceLength(valid, count);
            if (size == 0) {
                break;
            }
            multiByte |= size > 1;
            valid += size;
        }
        if (valid == 0 || (!multiByte && valid < 3)) {
            emit('%', i, i + 1);
            return i;
        }
        for (int b = 0; b < valid;) {
            int size = sequenceLength(b, valid);
            int codePoint = decode(b, size);
            int start = i + 3 * b;
            int end = i + 3 * (b + size);
            if (Character.isBmpCodePoint(codePoint)) {
                accept((char) codePoint, start, end);
            } else {
                supplementary(codePoint, start, end);
            }
            b += size;
        }
        return i + 3 * valid - 1;
    }

    /** Length of the well-formed UTF-8 sequence at {@code at}, 0 if there is none. */
    private int sequenceLength(int at, int limit) {
        int lead = bytes[at] & 0xFF;
        int size;
        if (lead < 0x80) {
            return 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
        } else {
            return 0;
        }
        if (at + size > limit) {
            return 0;
        }
        for (int k = 1; k < size; k++) {
            if ((bytes[at + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int codePoint = decode(at, size);
        boolean shortest = size == 2 || (size == 3 && codePoint >= 0x800) || (size == 4 && codePoint >= 0x10000);
        boolean scalar = codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
        return shortest && scalar ? size : 0;
    }

    private int decode(int at, int size) {
        int lead = bytes[at] & 0xFF;
        int codePoint = size == 1 ? lead : lead & (0xFF >> (size + 1));
        for (int k = 1; k < size; k++) {
            codePoint = codePoint << 6 | (bytes[at + k] & 0x3F);
        }
        return codePoint;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void grow() {
        int capacity = chars.length * 2;
        chars = Arrays.copyOf(chars, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        gapBefore = Arrays.copyOf(gapBefore, capacity);
    }
}
