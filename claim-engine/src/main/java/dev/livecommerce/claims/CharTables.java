package dev.livecommerce.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Per-char tables of the normaliser, built once so that normalising a char is one or two array reads. A char's
 * fold is NFKC (full width to half width, circled and parenthesised digits, Kangxi radicals and compatibility
 * ideographs to ordinary ideographs), then lower case, then traditional to simplified Chinese, then Latin
 * look-alikes from other scripts to Latin.
 */
final class CharTables {

    /** Separators, punctuation, emoji, zero-width and filler chars: removed, remembered as a gap. */
    static final byte DROP = 0;
    /** One normalised char, {@link #FOLDED}. */
    static final byte KEEP = 1;
    /** The end of a sentence: one space in the normalised text, so that terms never span two sentences. */
    static final byte BOUNDARY = 2;
    /** Several normalised chars, {@link #EXPANSIONS} (⑩ is "10"). */
    static final byte EXPAND = 3;
    /** A full stop, kept only as a decimal point ("9.9元") and dropped as a separator ("最.佳"). */
    static final byte DOT = 4;
    /** '%': literal, or the start of URL-encoded text. */
    static final byte PERCENT = 5;
    static final byte SURROGATE = 6;

    /** Bit set in {@link #CHARS} when the folded char is a digit or a Chinese numeral. */
    static final int NUMERAL_BIT = 1 << 19;
    private static final int KIND_SHIFT = 16;
    /**
     * Everything the hot loop needs about a char in one read: the folded char (bits 0-15), the kind (bits 16-18)
     * and {@link #NUMERAL_BIT} (bit 19); an engine's automaton adds its code for the char in bits 20-31
     * ({@link ClaimAutomaton#CODE_SHIFT}).
     */
    static final int[] CHARS = new int[65536];
    static final char[][] EXPANSIONS = new char[65536][];
    private static final char[] FOLDED = new char[65536];
    private static final byte[] KINDS = new byte[65536];
    /**
     * The ASCII digit a normalised char stands for inside a long run of digits (a phone number written as
     * "一三八" or "壹叁捌"), 0 for chars that are no numeral. Outside such runs Chinese numerals stay as they are,
     * so that "第一" remains "第一".
     */
    static final char[] NUMERALS = new char[65536];

    private static final String BOUNDARIES = "\n\r\u000B\u000C\u0085\u2028\u2029\u3002!?;";
    /** Letters that render as nothing or as a bar, used as fillers between the characters of a banned word. */
    private static final String FILLERS = "\u115F\u1160\u3164\uFFA0\u4E28\u4E36\u30FC";
    /** Symbols that carry meaning for the rules: percentages, prices, "+86", trademarks. */
    private static final String KEPT_SYMBOLS = "%¥$+®";
    private static final String PLUS_LOOKALIKES = "\u2795\u271A\u2719\u2A01";
    private static final String LOOKALIKES_FROM = "авекмнорстухѕіјԁԛԝαβεικνορτυχω";
    private static final String LOOKALIKES_TO = "abekmhopctyxsijdqwabeikvoptuxw";
    private static final String CHINESE_NUMERALS = "〇0零0一1壹1幺1二2贰2三3叁3四4肆4五5伍5六6陆6七7柒7八8捌8九9玖9";
    private static final String TRADITIONAL_TO_SIMPLIFIED = "/data/dictionary/TSCharacters.txt";

    static {
        char[] simplified = loadTraditionalToSimplified();
        for (int c = 0; c < 65536; c++) {
            classify((char) c, simplified);
        }
        for (char d = '0'; d <= '9'; d++) {
            NUMERALS[d] = d;
        }
        for (int i = 0; i < CHINESE_NUMERALS.length(); i += 2) {
            NUMERALS[CHINESE_NUMERALS.charAt(i)] = CHINESE_NUMERALS.charAt(i + 1);
        }
        for (int c = 0; c < 65536; c++) {
            int numeral = KINDS[c] == KEEP && NUMERALS[FOLDED[c]] != 0 ? NUMERAL_BIT : 0;
            CHARS[c] = FOLDED[c] | KINDS[c] << KIND_SHIFT | numeral;
        }
    }

    static int kind(int packed) {
        return packed >>> KIND_SHIFT & 7;
    }

    static char folded(int packed) {
        return (char) packed;
    }

    private CharTables() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static void classify(char c, char[] simplified) {
        if (Character.isSurrogate(c)) {
            KINDS[c] = SURROGATE;
            return;
        }
        if (c == '%') {
            KINDS[c] = PERCENT;
            FOLDED[c] = '%';
            return;
        }
        if (c == '\u2122') { // ™ marks a trademark just as ® does
            KINDS[c] = KEEP;
            FOLDED[c] = '®';
            return;
        }
        if (PLUS_LOOKALIKES.indexOf(c) >= 0) { // "➕V" is "+v"
            KINDS[c] = KEEP;
            FOLDED[c] = '+';
            return;
        }
        String normalized = dingbatDigits(c);
        if (normalized == null) {
            normalized = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        }
        if (normalized.equals(".")) {
            KINDS[c] = DOT;
            FOLDED[c] = '.';
            return;
        }
        if (!normalized.isEmpty() && allIn(normalized, BOUNDARIES)) {
            KINDS[c] = BOUNDARY;
            FOLDED[c] = ' ';
            return;
        }
        StringBuilder kept = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char folded = fold(normalized.charAt(i), simplified);
            if (folded != 0) {
                kept.append(folded);
            }
        }
        if (kept.isEmpty()) {
            KINDS[c] = DROP;
        } else if (kept.length() == 1) {
            KINDS[c] = KEEP;
            FOLDED[c] = kept.charAt(0);
        } else {
            KINDS[c] = EXPAND;
            EXPANSIONS[c] = kept.toString().toCharArray();
        }
    }

    /** The fold of one NFKC-normalised char, 0 when it is no letter, digit or meaningful symbol. */
    private static char fold(char m, char[] simplified) {
        if (Character.isSurrogate(m) || FILLERS.indexOf(m) >= 0) {
            return 0;
        }
        if (Character.isDigit(m)) {
            return (char) ('0' + Character.digit(m, 10));
        }
        if (Character.isLetter(m) || Character.getType(m) == Character.LETTER_NUMBER) {
            char lower = Character.toLowerCase(m);
            char simple = simplified[lower] != 0 ? simplified[lower] : lower;
            int lookalike = LOOKALIKES_FROM.indexOf(simple);
            return lookalike >= 0 ? LOOKALIKES_TO.charAt(lookalike) : simple;
        }
        return KEPT_SYMBOLS.indexOf(m) >= 0 ? m : 0;
    }

    /** Circled digits of the Dingbats block, which NFKC leaves alone. */
    private static String dingbatDigits(char c) {
        if (c >= '\u2776' && c <= '\u277F') {
            return String.valueOf(c - '\u2776' + 1);
        }
        if (c >= '\u2780' && c <= '\u2789') {
            return String.valueOf(c - '\u2780' + 1);
        }
        if (c >= '\u278A' && c <= '\u2793') {
            return String.valueOf(c - '\u278A' + 1);
        }
        if (c >= '\u24EB' && c <= '\u24F4') {
            return String.valueOf(c - '\u24EB' + 11);
        }
        if (c >= '\u24F5' && c <= '\u24FE') {
            return String.valueOf(c - '\u24F5' + 1);
        }
        if (c == '\u24FF') {
            return "0";
        }
        return null;
    }

    private static boolean allIn(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** OpenCC's character table, one "traditional TAB simplified [alternatives]" per line; the first wins. */
    private static char[] loadTraditionalToSimplified() {
        char[] table = new char[65536];
        try (InputStream in = CharTables.class.getResourceAsStream(TRADITIONAL_TO_SIMPLIFIED)) {
            if (in == null) {
                throw new IllegalStateException(TRADITIONAL_TO_SIMPLIFIED + " is not on the classpath (opencc4j)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab != 1 || line.length() < 3) {
                    continue; // a supplementary character on either side: outside the char table
                }
                char simple = line.charAt(2);
                if (!Character.isSurrogate(simple) && !Character.isSurrogate(line.charAt(0))) {
                    table[line.charAt(0)] = simple;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
