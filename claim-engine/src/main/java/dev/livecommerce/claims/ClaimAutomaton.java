package dev.livecommerce.claims;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Aho-Corasick automaton of all terms, exemptions, pattern anchors and context words, stepped one char at a
 * time so that the normaliser can feed it while it writes the normalised text: one pass over the text instead of
 * two.
 * <p>
 * It is a hankcs double array trie built over <b>alphabet codes</b> rather than chars: the few thousand chars that
 * occur in keywords get codes 1, 2, 3 ... (the most frequent first), every other char {@link #NOT_IN_KEYWORDS}.
 * A trie over chars places the children of a state up to 65,536 slots apart, so its arrays span hundreds of
 * kilobytes per array and most steps miss the cache; over dense codes the arrays are several times smaller. And a
 * char in no keyword needs no step at all: from every state it leads back to the root.
 */
final class ClaimAutomaton {

    static final int ROOT = 0;
    /** The code of a char that occurs in no keyword. */
    static final char NOT_IN_KEYWORDS = 0;
    /** Knows no keyword: for normalising without scanning, and for rule sets without terms. */
    static final ClaimAutomaton EMPTY = new ClaimAutomaton(new TreeMap<>());

    private final char[] codes = new char[Character.MAX_VALUE + 1];
    private final int[] base;
    private final int[] check;
    private final int[] fail;
    private final int[][] output;
    private final int[] lengths;
    /** The library creates it as Object[], so it must not be read as int[][]. */
    private final Object[] values;

    ClaimAutomaton(Map<String, int[]> dictionary) {
        assignCodes(dictionary.keySet());
        Map<String, int[]> encoded = new HashMap<>();
        dictionary.forEach((keyword, entries) -> encoded.put(encode(keyword), entries));
        Trie trie = new Trie();
        trie.build(encoded);
        base = trie.base();
        check = trie.check();
        fail = trie.fail();
        output = trie.output();
        lengths = trie.lengths();
        values = trie.values();
    }

    /** Codes by descending frequency in the keywords: the commonest transitions lie close together. */
    private void assignCodes(Iterable<String> keywords) {
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
    }

    private String encode(String keyword) {
        char[] encoded = new char[keyword.length()];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = codes[keyword.charAt(i)];
        }
        return new String(encoded);
    }

    /** The arrays, for the normaliser's loop, which inlines {@link #next}. */
    char[] codes() {
        return codes;
    }

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

    /** The state after reading char {@code c} in {@code state}. */
    int next(int state, char c) {
        char code = codes[c];
        return code == NOT_IN_KEYWORDS ? ROOT : step(base, check, fail, state, code);
    }

    /** The state after reading the char of {@code code} (not {@link #NOT_IN_KEYWORDS}), following failure links. */
    static int step(int[] base, int[] check, int[] fail, int state, char code) {
        int s = state;
        while (true) {
            int b = base[s];
            int p = b + code + 1;
            if (b == check[p]) {
                return p;
            }
            if (s == ROOT) {
                return ROOT;
            }
            s = fail[s];
        }
    }

    /** The keywords ending in {@code state}, null for none (most states). */
    int[] outputs(int state) {
        return output[state];
    }

    /** Reports the keywords ending in a state, the last char read being at {@code position}. */
    void report(int[] keywords, int position, ScanWorkspace workspace) {
        for (int keyword : keywords) {
            workspace.hit(position + 1 - lengths[keyword], position + 1, (int[]) values[keyword]);
        }
    }

    /** Reports every keyword in {@code text[0, length)}. */
    void scan(char[] text, int length, ScanWorkspace workspace) {
        int state = ROOT;
        for (int i = 0; i < length; i++) {
            state = next(state, text[i]);
            int[] keywords = output[state];
            if (keywords != null) {
                report(keywords, i, workspace);
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
