package dev.livecommerce.claims;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Aho-Corasick automaton of all terms, exemptions, pattern anchors and context words, stepped one char at a
 * time so that the normaliser can feed it while it writes the normalised text: one pass over the text instead of
 * two.
 * <p>
 * The library's double array trie (hankcs) builds it, over <b>alphabet codes</b> rather than chars: the chars that
 * occur in keywords get codes 1, 2, 3 ... (the most frequent first), every other char {@link #NOT_IN_KEYWORDS}. A
 * trie over chars places the children of a state up to 65,536 slots apart, so its arrays span hundreds of
 * kilobytes each and most steps miss the cache; over dense codes they are several times smaller. A char in no
 * keyword needs no step at all: from every state it leads back to the root.
 * <p>
 * For the scan, the library's four arrays (check, base, failure link, outputs) are laid out as one array of
 * {@link #CELL}-int cells, a state's cell holding all four: a step reads one cache line where the library's
 * layout reads three or four. A state is the index of its cell.
 */
final class ClaimAutomaton {

    static final int ROOT = 0;
    /** The code of a char that occurs in no keyword. */
    static final char NOT_IN_KEYWORDS = 0;
    /** Knows no keyword: for normalising without scanning, and for rule sets without terms. */
    static final ClaimAutomaton EMPTY = new ClaimAutomaton(new TreeMap<>());

    static final int CELL = 4;
    private static final int CHECK = 0;
    private static final int BASE = 1;
    private static final int FAIL = 2;
    /** 1 when keywords end in the state. */
    private static final int OUTPUTS = 3;
    /**
     * Bits 20-31 of a {@link #chars()} entry: the code of the folded char of a {@link CharTables#KEEP} char,
     * {@link #CODE_BEYOND} when it does not fit and must be read from {@link #codes()}.
     */
    static final int CODE_SHIFT = 20;
    static final int CODE_BEYOND = (1 << (Integer.SIZE - CODE_SHIFT)) - 1;

    private final char[] codes = new char[Character.MAX_VALUE + 1];
    private final int[] cells;
    private final int[][] output;
    private final int[] lengths;
    /** The library creates it as Object[], so it must not be read as int[][]. */
    private final Object[] values;
    /** {@link CharTables#CHARS} with each kept char's code, {@link #CODE_SHIFT}: one table read per char. */
    private final int[] chars;

    ClaimAutomaton(Map<String, int[]> dictionary) {
        int alphabet = assignCodes(dictionary.keySet());
        Map<String, int[]> encoded = new TreeMap<>();
        dictionary.forEach((keyword, entries) -> encoded.put(encode(keyword), entries));
        Trie trie = new Trie();
        trie.build(encoded);
        output = trie.output();
        lengths = trie.lengths();
        values = trie.values();
        cells = cells(trie, alphabet);
        chars = charTable(codes);
    }

    /** The library's arrays as cells, enough of them that a step from any state with any code stays inside. */
    private static int[] cells(Trie trie, int alphabet) {
        int[] base = trie.base();
        int[] check = trie.check();
        int[] fail = trie.fail();
        int[][] output = trie.output();
        int states = fail == null ? 1 : fail.length; // the library sizes it to the states in use; none when empty
        int baseMax = 0;
        for (int s = 0; s < states; s++) {
            baseMax = Math.max(baseMax, base[s]);
        }
        int[] cells = new int[CELL * Math.max(states, baseMax + alphabet + 2)];
        for (int s = 0; s < states; s++) {
            cells[CELL * s + CHECK] = check[s];
            cells[CELL * s + BASE] = base[s];
            cells[CELL * s + FAIL] = fail == null ? ROOT : CELL * fail[s];
            cells[CELL * s + OUTPUTS] = output != null && output[s] != null ? 1 : 0;
        }
        return cells;
    }

    private static int[] charTable(char[] codes) {
        int[] table = CharTables.CHARS.clone();
        for (int c = 0; c < table.length; c++) {
            if (CharTables.kind(table[c]) == CharTables.KEEP) {
                table[c] |= Math.min(codes[CharTables.folded(table[c])], CODE_BEYOND) << CODE_SHIFT;
            }
        }
        return table;
    }

    /** Codes by descending frequency in the keywords: the commonest transitions lie close together. */
    private int assignCodes(Iterable<String> keywords) {
        int[] frequency = new int[codes.length];
        for (String keyword : keywords) {
            keyword.chars().forEach(c -> frequency[c]++);
        }
        List<Character> alphabet = new ArrayList<>();
        for (int c = 0; c < frequency.length; c++) {
            if (frequency[c] > 0) {
                alphabet.add((char) c);
            }
        }
        alphabet.sort((a, b) -> Integer.compare(frequency[b], frequency[a]));
        for (int i = 0; i < alphabet.size(); i++) {
            codes[alphabet.get(i)] = (char) (i + 1);
        }
        return alphabet.size();
    }

    private String encode(String keyword) {
        char[] encoded = new char[keyword.length()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = codes[keyword.charAt(i)];
        }
        return new String(encoded);
    }

    /** For the normaliser's loop, which inlines {@link #next}. */
    char[] codes() {
        return codes;
    }

    int[] cells() {
        return cells;
    }

    /** {@link CharTables#CHARS} with codes, {@link #CODE_SHIFT}. */
    int[] chars() {
        return chars;
    }

    /** The state after reading char {@code c} in {@code state}. */
    int next(int state, char c) {
        char code = codes[c];
        return code == NOT_IN_KEYWORDS ? ROOT : step(cells, state, code);
    }

    /** The state after reading the char of {@code code} (not {@link #NOT_IN_KEYWORDS}), following failure links. */
    static int step(int[] cells, int state, int code) {
        int s = state;
        while (true) {
            int b = cells[s + BASE];
            int t = CELL * (b + code + 1);
            if (cells[t + CHECK] == b) {
                return t;
            }
            if (s == ROOT) {
                return ROOT;
            }
            s = cells[s + FAIL];
        }
    }

    static boolean hasOutputs(int[] cells, int state) {
        return cells[state + OUTPUTS] != 0;
    }

    /** Reports the keywords ending in {@code state}, the last char read being at {@code position}. */
    void report(int state, int position, ScanWorkspace workspace) {
        for (int keyword : output[state / CELL]) {
            workspace.hit(position + 1 - lengths[keyword], position + 1, (int[]) values[keyword]);
        }
    }

    /** Reports every keyword in {@code text[0, length)}. */
    void scan(char[] text, int length, ScanWorkspace workspace) {
        int state = ROOT;
        for (int i = 0; i < length; i++) {
            state = next(state, text[i]);
            if (hasOutputs(cells, state)) {
                report(state, i, workspace);
            }
        }
    }

    /** The library's trie, opened up for reading its arrays; its own search methods would expect encoded text. */
    private static final class Trie extends AhoCorasickDoubleArrayTrie<int[]> {

        int[] base() {
            return base;
        }

        int[] check() {
            return check;
        }

        int[] fail() {
            return fail;
        }

        int[][] output() {
            return output;
        }

        int[] lengths() {
            return l;
        }

        Object[] values() {
            return v;
        }
    }
}
