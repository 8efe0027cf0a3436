package dev.livecommerce.claims;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Map;
import java.util.TreeMap;

/**
 * The double array Aho-Corasick automaton of all terms, exemptions and pattern anchors, stepped one char at a time
 * so that the normaliser can feed it while it writes the normalised text: one pass over the text instead of two.
 * The transitions are those of {@link AhoCorasickDoubleArrayTrie#parseText(char[], AhoCorasickDoubleArrayTrie.IHit)},
 * read from the protected arrays the library exposes to subclasses.
 */
final class ClaimAutomaton extends AhoCorasickDoubleArrayTrie<int[]> {

    static final int ROOT = 0;
    /** Knows no keyword: for normalising without scanning, and for rule sets without terms. */
    static final ClaimAutomaton EMPTY = new ClaimAutomaton(new TreeMap<>());

    ClaimAutomaton(Map<String, int[]> dictionary) {
        build(dictionary);
    }

    /** The double array and failure links, for the normaliser's loop, which inlines {@link #next}. */
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

    /** The state after reading {@code c} in {@code state}, following failure links as needed. */
    int next(int state, char c) {
        int s = state;
        while (true) {
            int b = base[s];
            int p = b + c + 1;
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
        Object[] values = v; // the library creates it as Object[], so it must not be read as int[][]
        for (int keyword : keywords) {
            workspace.hit(position + 1 - l[keyword], position + 1, (int[]) values[keyword]);
        }
    }
}
