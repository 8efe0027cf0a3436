package dev.livecommerce.claims;

import static dev.livecommerce.claims.CharTables.BOUNDARY;
import static dev.livecommerce.claims.CharTables.CHARS;
import static dev.livecommerce.claims.CharTables.DOT;
import static dev.livecommerce.claims.CharTables.DROP;
import static dev.livecommerce.claims.CharTables.EXPAND;
import static dev.livecommerce.claims.CharTables.EXPANSIONS;
import static dev.livecommerce.claims.CharTables.KEEP;
import static dev.livecommerce.claims.CharTables.NUMERALS;
import static dev.livecommerce.claims.CharTables.NUMERAL_BIT;
import static dev.livecommerce.claims.CharTables.PERCENT;
import static dev.livecommerce.claims.CharTables.SURROGATE;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normaliser's working memory, reused from text to text: one pass over the original text writes the
 * normalised chars and, for each, the original span it came from, and (during a scan) feeds each normalised char
 * to the engine's automaton. Not thread-safe; one per thread.
 */
final class NormalizationBuffer {

    /** A run of at least this many digits and Chinese numerals is read as a number (phone, QQ): 一三八 is 138. */
    static final int NUMBER_RUN_MIN = 7;
    private static final int INITIAL_CAPACITY = 256;
    private static final int SLACK = 16;
    static final int RECORDED_RUN_MIN = 4;
    static final int RECORDED_RUNS_MAX = 16;

    /**
     * Marks a normalised char whose original span is not the single char at its start (an expansion, a decoded
     * URL escape, a surrogate pair): its end is in {@link #ends}, written only for such chars.
     */
    private static final int SPAN_BIT = 1 << 30;
    private static final int OFFSET_MASK = SPAN_BIT - 1;

    char[] chars = new char[INITIAL_CAPACITY];
    /** The original text, copied in bulk: reading an array in the loop is cheaper than String.charAt. */
    private char[] input = new char[INITIAL_CAPACITY];
    /** Original offset of the first char each normalised char came from, with {@link #SPAN_BIT}. */
    private int[] starts = new int[INITIAL_CAPACITY];
    private int[] ends = new int[INITIAL_CAPACITY];
    int length;
    /** The longest run of consecutive digits and Chinese numerals: patterns needing a phone number check it. */
    int numberRunMax;
    /** True when a number run was rewritten to digits after the automaton had read it. */
    boolean numbersRewritten;
    /** The runs of at least {@link #RECORDED_RUN_MIN} digits and numerals, as [start, end) pairs, in order. */
    int[] numberRuns = new int[2 * RECORDED_RUNS_MAX];
    int numberRunCount;
    /** More runs than {@link #RECORDED_RUNS_MAX}: the list is incomplete. */
    boolean numberRunsOverflowed;

    private ClaimAutomaton automaton;
    private ScanWorkspace hits;
    private int state;
    private int runStart = -1;
    private boolean runHasChineseNumeral;
    private byte[] bytes = new byte[48];

    /** Normalises {@code text} into the buffers. */
    void normalize(String text) {
        normalize(text, ClaimAutomaton.EMPTY, null);
    }

    /**
     * Normalises {@code text} into the buffers and runs {@code automaton} over the normalised chars as they are
     * written, reporting keyword hits to {@code hits}. The loop handles the common case (a char that folds to one
     * char) with locals only, the automaton's step inlined; everything else goes through {@link #special}.
     */
    void normalize(String text, ClaimAutomaton automaton, ScanWorkspace hits) {
        int n = text.length();
        if (n >= OFFSET_MASK) {
            throw new IllegalArgumentException("text of " + n + " chars is too long");
        }
        if (chars.length < n + SLACK) {
            resize(n + SLACK);
        }
        this.automaton = automaton;
        this.hits = hits;
        numberRunMax = 0;
        numbersRewritten = false;
        numberRunCount = 0;
        numberRunsOverflowed = false;
        runStart = -1;
        runHasChineseNumeral = false;
        if (input.length < n) {
            input = new char[chars.length];
        }
        char[] in = input;
        text.getChars(0, n, in, 0);
        char[] out = chars;
        int[] outStarts = starts;
        int[] table = automaton.chars();
        char[] codes = automaton.codes();
        int[] cells = automaton.cells();
        int spaceCode = codes[' '];
        int len = 0;
        int at = ClaimAutomaton.ROOT;
        int run = -1; // start of the current number run, a local copy of runStart
        int i = 0;
        while (i < n) {
            // i advances only here, so that the compiler sees a counted loop; a special char leaves it.
            for (; i < n; i++) {
                int packed = table[in[i]];
                int kind = CharTables.kind(packed);
                char m;
                int code;
                if (kind == KEEP) {
                    m = CharTables.folded(packed);
                    code = packed >>> ClaimAutomaton.CODE_SHIFT;
                    if (code == ClaimAutomaton.CODE_BEYOND) {
                        code = codes[m];
                    }
                    if ((packed & NUMERAL_BIT) != 0) {
                        if (run < 0) {
                            run = len;
                        }
                        runHasChineseNumeral |= m > '9';
                    } else if (run >= 0) {
                        runStart = run;
                        closeNumberRun(len);
                        run = -1;
                    }
                } else if (kind == BOUNDARY) {
                    if (len == 0 || out[len - 1] == ' ') {
                        continue;
                    }
                    m = ' ';
                    code = spaceCode;
                    if (run >= 0) {
                        runStart = run;
                        closeNumberRun(len);
                        run = -1;
                    }
                } else if (kind == DROP) {
                    continue;
                } else {
                    break;
                }
                if (len == out.length) {
                    resize(2 * len);
                    out = chars;
                    outStarts = starts;
                }
                out[len] = m;
                outStarts[len] = i;
                if (code == ClaimAutomaton.NOT_IN_KEYWORDS) {
                    at = ClaimAutomaton.ROOT;
                } else {
                    at = ClaimAutomaton.step(cells, at, code);
                    if (ClaimAutomaton.hasOutputs(cells, at)) {
                        automaton.report(at, len, hits);
                    }
                }
                len++;
            }
            if (i < n) {
                length = len;
                state = at;
                runStart = run;
                i = special(text, i, CharTables.kind(table[in[i]])) + 1;
                out = chars;
                outStarts = starts;
                len = length;
                at = state;
                run = runStart;
            }
        }
        length = len;
        runStart = run;
        if (runStart >= 0) {
            closeNumberRun(len);
        }
        this.automaton = null;
        this.hits = null;
    }

    /** Offset in the original text of the first char that normalised char {@code index} came from. */
    int startOf(int index) {
        return starts[index] & OFFSET_MASK;
    }

    /** Offset in the original text just past the last char that normalised char {@code index} came from. */
    int endOf(int index) {
        int start = starts[index];
        return (start & SPAN_BIT) != 0 ? ends[index] : start + 1;
    }

    /** True when original chars were dropped just before normalised char {@code index}: "my vx", not "novx". */
    boolean gapBefore(int index) {
        return index > 0 && startOf(index) > endOf(index - 1);
    }

    /** Drops the buffers after an unusually long text, so that one huge text does not pin memory forever. */
    void shrinkIfLarger(int capacityMax) {
        if (chars.length > capacityMax) {
            chars = new char[INITIAL_CAPACITY];
            input = new char[INITIAL_CAPACITY];
            starts = new int[INITIAL_CAPACITY];
            ends = new int[INITIAL_CAPACITY];
        }
    }

    /** An original char the loop does not handle inline; returns the last original index consumed. */
    private int special(String text, int i, int kind) {
        char c = text.charAt(i);
        switch (kind) {
            case EXPAND -> {
                for (char m : EXPANSIONS[c]) {
                    emit(m, i, i + 1);
                }
            }
            case DOT -> {
                if (isDecimalPoint(text, i)) {
                    emit('.', i, i + 1);
                }
            }
            case PERCENT -> {
                return percent(text, i);
            }
            case SURROGATE -> {
                return surrogate(text, i);
            }
            default -> throw new IllegalStateException("unknown char kind " + kind);
        }
        return i;
    }

    private void emit(char m, int start, int end) {
        if (length == chars.length) {
            resize(chars.length * 2);
        }
        chars[length] = m;
        if (end == start + 1) {
            starts[length] = start;
        } else {
            starts[length] = start | SPAN_BIT;
            ends[length] = end;
        }
        if (NUMERALS[m] != 0) {
            if (runStart < 0) {
                runStart = length;
            }
            runHasChineseNumeral |= m > '9';
        } else if (runStart >= 0) {
            closeNumberRun(length);
        }
        state = automaton.next(state, m);
        if (ClaimAutomaton.hasOutputs(automaton.cells(), state)) {
            automaton.report(state, length, hits);
        }
        length++;
    }

    /** Ends the run of digits and numerals [runStart, end); a long one with Chinese numerals becomes digits. */
    private void closeNumberRun(int end) {
        numberRunMax = Math.max(numberRunMax, end - runStart);
        if (end - runStart >= RECORDED_RUN_MIN) {
            if (numberRunCount == RECORDED_RUNS_MAX) {
                numberRunsOverflowed = true;
            } else {
                numberRuns[2 * numberRunCount] = runStart;
                numberRuns[2 * numberRunCount + 1] = end;
                numberRunCount++;
            }
        }
        if (runHasChineseNumeral && end - runStart >= NUMBER_RUN_MIN) {
            for (int j = runStart; j < end; j++) {
                chars[j] = NUMERALS[chars[j]];
            }
            numbersRewritten = true;
        }
        runStart = -1;
        runHasChineseNumeral = false;
    }

    private void boundary(int start, int end) {
        if (length > 0 && chars[length - 1] != ' ') {
            emit(' ', start, end);
        }
    }

    /** Handles one char outside the hot loop (URL-decoded chars, normalised supplementary chars). */
    private void accept(char c, int start, int end) {
        int packed = CHARS[c];
        switch (CharTables.kind(packed)) {
            case KEEP, PERCENT -> emit(CharTables.folded(packed), start, end);
            case BOUNDARY -> boundary(start, end);
            case EXPAND -> {
                for (char m : EXPANSIONS[c]) {
                    emit(m, start, end);
                }
            }
            default -> {
                // dropped
            }
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
        int packed = CHARS[c];
        return CharTables.kind(packed) == KEEP && CharTables.isAsciiDigit(CharTables.folded(packed));
    }

    private int surrogate(String text, int i) {
        char high = text.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            supplementary(Character.toCodePoint(high, text.charAt(i + 1)), i, i + 2);
            return i + 1;
        }
        return i; // a lone surrogate is dropped
    }

    /**
     * Emoji and other symbols outside the BMP are fillers; mathematical letters and digits (𝐯, 𝟏) fold like
     * their plain forms; other letters (rare ideographs) are kept as they are.
     */
    private void supplementary(int codePoint, int start, int end) {
        if (!Character.isLetterOrDigit(codePoint)) {
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

    private void resize(int capacity) {
        chars = Arrays.copyOf(chars, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
    }
}
