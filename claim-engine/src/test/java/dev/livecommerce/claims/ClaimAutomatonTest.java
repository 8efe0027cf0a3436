package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The automaton over alphabet codes, laid out as cells, reports exactly the hits of the library's own trie over
 * chars: same keywords with the same spans, in order of their ends (keywords ending at one char may come in
 * another order: the library orders them by keyword id, and ids follow the order of the encoded keywords).
 */
class ClaimAutomatonTest {

    private static final String ALPHABET = "最好佳第一名全网低价微信vx加药店";
    /** Chars in no keyword, which take the shortcut back to the root. */
    private static final String OTHERS = "的了是我这天大";

    @Test
    void reportsTheLibrarysHitsOnRandomText() {
        SplittableRandom random = new SplittableRandom(11);
        Map<String, int[]> dictionary = new TreeMap<>();
        for (int k = 0; k < 300; k++) {
            dictionary.putIfAbsent(randomString(random, ALPHABET, 1 + random.nextInt(5)), new int[]{k});
        }
        ClaimAutomaton automaton = new ClaimAutomaton(dictionary);
        AhoCorasickDoubleArrayTrie<int[]> library = new AhoCorasickDoubleArrayTrie<>();
        library.build(dictionary);
        for (int t = 0; t < 500; t++) {
            char[] text = randomString(random, ALPHABET + OTHERS, random.nextInt(60)).toCharArray();
            List<String> expected = new ArrayList<>();
            library.parseText(text, (begin, end, entries) -> expected.add(begin + ".." + end + "=" + entries[0]));
            ScanWorkspace workspace = new ScanWorkspace();
            automaton.scan(text, text.length, workspace);
            List<String> actual = new ArrayList<>();
            for (int h = 0; h < workspace.hitCount; h++) {
                actual.add(workspace.hitStarts[h] + ".." + workspace.hitEnds[h] + "=" + workspace.hitEntries[h][0]);
            }
            assertThat(actual).as(new String(text)).hasSameSizeAs(expected);
            assertThat(byEnd(actual)).as(new String(text)).isEqualTo(byEnd(expected));
        }
    }

    @Test
    void anEmptyDictionaryFindsNothing() {
        ScanWorkspace workspace = new ScanWorkspace();
        ClaimAutomaton.EMPTY.scan("最好的第一".toCharArray(), 5, workspace);
        assertThat(workspace.hitCount).isZero();
    }

    /** Hits ordered by end, then start, then keyword. */
    private static List<String> byEnd(List<String> hits) {
        List<String> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((String h) -> Integer.parseInt(h.substring(h.indexOf("..") + 2,
                h.indexOf('=')))).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static String randomString(SplittableRandom random, String chars, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(chars.charAt(random.nextInt(chars.length())));
        }
        return s.toString();
    }
}
