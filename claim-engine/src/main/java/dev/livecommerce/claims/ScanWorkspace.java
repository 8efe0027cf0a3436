package dev.livecommerce.claims;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-thread scratch memory of a scan: the normalisation buffer, the automaton's hits, candidate matches and
 * exemption occurrences as parallel int arrays. Reused from scan to scan so that a scan allocates little beyond
 * its results.
 */
final class ScanWorkspace {

    /** Buffers grown past this many entries are dropped after the scan. */
    static final int RETAINED_CAPACITY_MAX = 1 << 16;
    static final int MATCHERS_MAX = 256;
    private static final int INITIAL_CAPACITY = 32;

    final NormalizationBuffer normalized = new NormalizationBuffer();

    int hitCount;
    int[] hitStarts = new int[INITIAL_CAPACITY];
    int[] hitEnds = new int[INITIAL_CAPACITY];
    int[][] hitEntries = new int[INITIAL_CAPACITY][];

    int candidateCount;
    int[] candidateRules = new int[INITIAL_CAPACITY];
    int[] candidateStarts = new int[INITIAL_CAPACITY];
    int[] candidateEnds = new int[INITIAL_CAPACITY];
    boolean[] candidateDropped = new boolean[INITIAL_CAPACITY];

    int exemptionCount;
    int[] exemptionRules = new int[INITIAL_CAPACITY];
    int[] exemptionStarts = new int[INITIAL_CAPACITY];
    int[] exemptionEnds = new int[INITIAL_CAPACITY];

    int contextCount;
    private int[] contextLists = new int[INITIAL_CAPACITY];
    private int[] contextStarts = new int[INITIAL_CAPACITY];
    private int[] contextEnds = new int[INITIAL_CAPACITY];

    /** Matchers kept from scan to scan (Pattern identity to matcher): creating one allocates. */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    long[] sortKeys = new long[INITIAL_CAPACITY];
    /** The candidates chosen by leftmost-longest selection. */
    int[] chosen = new int[INITIAL_CAPACITY];
    /** Which rules apply to the category of the text being scanned; shared, read only. */
    boolean[] ruleApplies;
    /** Per pattern, a bit per anchor set found in the text. */
    int[] anchorsSeen = new int[INITIAL_CAPACITY];
    boolean anyAnchorSeen;
    /** Rules (the first 64) that have candidates, as bits. */
    private long rulesWithCandidates;
    /**
     * Per pattern and anchor (pattern * 2 + anchor), the first and the last place the anchor was found; valid
     * where its bit in {@link #anchorsSeen} is set.
     */
    int[] anchorFirstStarts = new int[2 * INITIAL_CAPACITY];
    int[] anchorLastStarts = new int[2 * INITIAL_CAPACITY];

    void reset(boolean[] ruleApplies, int patternCount) {
        this.ruleApplies = ruleApplies;
        hitCount = 0;
        contextCount = 0;
        candidateCount = 0;
        exemptionCount = 0;
        if (anchorsSeen.length < patternCount) {
            anchorsSeen = new int[patternCount];
            anchorFirstStarts = new int[2 * patternCount];
            anchorLastStarts = new int[2 * patternCount];
        }
        Arrays.fill(anchorsSeen, 0, patternCount, 0);
        anyAnchorSeen = false;
        rulesWithCandidates = 0;
    }

    /** A keyword of the automaton at [begin, end), with its dictionary entries. */
    void hit(int begin, int end, int[] entries) {
        if (hitCount == hitStarts.length) {
            int capacity = hitCount * 2;
            hitStarts = Arrays.copyOf(hitStarts, capacity);
            hitEnds = Arrays.copyOf(hitEnds, capacity);
            hitEntries = Arrays.copyOf(hitEntries, capacity);
        }
        hitStarts[hitCount] = begin;
        hitEnds[hitCount] = end;
        hitEntries[hitCount] = entries;
        hitCount++;
    }

    /** Notes a context word of list {@code list} at [start, end). */
    void addContext(int list, int start, int end) {
        if (contextCount == contextLists.length) {
            int capacity = contextCount * 2;
            contextLists = Arrays.copyOf(contextLists, capacity);
            contextStarts = Arrays.copyOf(contextStarts, capacity);
            contextEnds = Arrays.copyOf(contextEnds, capacity);
        }
        contextLists[contextCount] = list;
        contextStarts[contextCount] = start;
        contextEnds[contextCount] = end;
        contextCount++;
    }

    /** True when a context word of list {@code list} lies inside [from, to). */
    boolean context(int list, int from, int to) {
        for (int i = 0; i < contextCount; i++) {
            if (contextLists[i] == list && contextStarts[i] >= from && contextEnds[i] <= to) {
                return true;
            }
        }
        return false;
    }

    /** Notes that anchor {@code anchor} of pattern {@code pattern} occurs at {@code start}. */
    void anchor(int pattern, int anchor, int start) {
        anyAnchorSeen = true;
        int bit = 1 << anchor;
        int index = pattern << 1 | anchor;
        if ((anchorsSeen[pattern] & bit) == 0) {
            anchorsSeen[pattern] |= bit;
            anchorFirstStarts[index] = start;
            anchorLastStarts[index] = start;
        } else {
            anchorFirstStarts[index] = Math.min(anchorFirstStarts[index], start);
            anchorLastStarts[index] = Math.max(anchorLastStarts[index], start);
        }
    }

    /** False only when the rule certainly has no candidate (rules past the 64th are always "maybe"). */
    boolean mayHaveCandidates(int rule) {
        return rule >= Long.SIZE || (rulesWithCandidates & 1L << rule) != 0;
    }

    void candidate(int rule, int start, int end) {
        rulesWithCandidates |= rule < Long.SIZE ? 1L << rule : 0;
        if (candidateCount == candidateRules.length) {
            int capacity = candidateCount * 2;
            candidateRules = Arrays.copyOf(candidateRules, capacity);
            candidateStarts = Arrays.copyOf(candidateStarts, capacity);
            candidateEnds = Arrays.copyOf(candidateEnds, capacity);
            candidateDropped = Arrays.copyOf(candidateDropped, capacity);
        }
        candidateRules[candidateCount] = rule;
        candidateStarts[candidateCount] = start;
        candidateEnds[candidateCount] = end;
        candidateDropped[candidateCount] = false;
        candidateCount++;
    }

    void exemption(int rule, int start, int end) {
        if (exemptionCount == exemptionRules.length) {
            int capacity = exemptionCount * 2;
            exemptionRules = Arrays.copyOf(exemptionRules, capacity);
            exemptionStarts = Arrays.copyOf(exemptionStarts, capacity);
            exemptionEnds = Arrays.copyOf(exemptionEnds, capacity);
        }
        exemptionRules[exemptionCount] = rule;
        exemptionStarts[exemptionCount] = start;
        exemptionEnds[exemptionCount] = end;
        exemptionCount++;
    }

    /** A matcher of {@code pattern} over {@code subject}, lookaround seeing past the region it will be given. */
    Matcher matcher(Pattern pattern, String subject) {
        Matcher m = matchers.get(pattern);
        if (m == null) {
            if (matchers.size() >= MATCHERS_MAX) {
                matchers.clear(); // patterns of engines no longer in use
            }
            m = pattern.matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
            matchers.put(pattern, m);
            return m;
        }
        return m.reset(subject);
    }

    int[] chosen(int size) {
        if (chosen.length < size) {
            chosen = new int[Math.max(size, chosen.length * 2)];
        }
        return chosen;
    }

    long[] sortKeys(int size) {
        if (sortKeys.length < size) {
            sortKeys = new long[Math.max(size, sortKeys.length * 2)];
        }
        return sortKeys;
    }

    /** Lets go of what one unusually large text made grow. */
    void release() {
        ruleApplies = null;
        normalized.shrinkIfLarger(RETAINED_CAPACITY_MAX);
        if (hitStarts.length > RETAINED_CAPACITY_MAX) {
            hitStarts = new int[INITIAL_CAPACITY];
            hitEnds = new int[INITIAL_CAPACITY];
            hitEntries = new int[INITIAL_CAPACITY][];
        }
        if (candidateRules.length > RETAINED_CAPACITY_MAX) {
            candidateRules = new int[INITIAL_CAPACITY];
            candidateStarts = new int[INITIAL_CAPACITY];
            candidateEnds = new int[INITIAL_CAPACITY];
            candidateDropped = new boolean[INITIAL_CAPACITY];
            sortKeys = new long[INITIAL_CAPACITY];
            chosen = new int[INITIAL_CAPACITY];
        }
        if (exemptionRules.length > RETAINED_CAPACITY_MAX) {
            exemptionRules = new int[INITIAL_CAPACITY];
            exemptionStarts = new int[INITIAL_CAPACITY];
            exemptionEnds = new int[INITIAL_CAPACITY];
        }
    }
}
