package dev.livecommerce.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of all rules, kept off the hot path by prefilters ({@link PatternAnchors}): a pattern
 * runs only when its rule applies to the category, the automaton has found each of its anchors in the text ("降压"
 * or "降糖" for a "N天降压" pattern), and the text holds a run of digits as long as the pattern needs (11 for a
 * mobile number). Most texts run no regular expression at all. One that does runs it only over the window where a
 * match can lie: from the first anchor or digit run, less the farthest the anchor can be from a match's start, to
 * the last one, plus the longest match, where the pattern bounds those lengths.
 */
final class PatternSet {

    private final Pattern[] patterns;
    private final int[] ruleOf;
    private final PatternAnchors.Prefilter[] prefilters;
    /** Per pattern, the bits of the anchors that must all be seen; 0 for a pattern without anchors. */
    private final int[] anchorMasks;
    /** Per pattern, {@link PatternAnchors.Prefilter#digitRun()}: the checks of every scan read plain ints. */
    private final int[] digitRuns;
    /** The shortest digit run a pattern without anchors needs; MAX_VALUE when every pattern has anchors. */
    private final int unanchoredDigitRunMin;

    PatternSet(List<Pattern> patterns, List<Integer> ruleOf, List<PatternAnchors.Prefilter> prefilters) {
        this.patterns = patterns.toArray(Pattern[]::new);
        this.ruleOf = ruleOf.stream().mapToInt(Integer::intValue).toArray();
        this.prefilters = prefilters.toArray(PatternAnchors.Prefilter[]::new);
        this.anchorMasks = new int[this.patterns.length];
        this.digitRuns = new int[this.patterns.length];
        int runMin = Integer.MAX_VALUE;
        for (int p = 0; p < anchorMasks.length; p++) {
            anchorMasks[p] = (1 << this.prefilters[p].anchors().size()) - 1;
            digitRuns[p] = this.prefilters[p].digitRun();
            if (anchorMasks[p] == 0) {
                runMin = Math.min(runMin, this.prefilters[p].digitRun());
            }
        }
        this.unanchoredDigitRunMin = runMin;
    }

    int size() {
        return patterns.length;
    }

    /** Adds the matches of the patterns that pass the prefilters as candidates, as find() reports them. */
    void find(char[] text, int length, ScanWorkspace workspace) {
        if (!workspace.anyAnchorSeen && workspace.normalized.numberRunMax < unanchoredDigitRunMin) {
            return; // the common case: no pattern can match, none needs a look
        }
        String subject = null;
        int numberRunMax = workspace.normalized.numberRunMax;
        for (int p = 0; p < patterns.length; p++) {
            if (workspace.anchorsSeen[p] != anchorMasks[p] || numberRunMax < digitRuns[p]
                    || !workspace.ruleApplies[ruleOf[p]]) {
                continue;
            }
            PatternAnchors.Prefilter prefilter = prefilters[p];
            int from = 0;
            int to = length;
            int lengthMax = prefilter.matchLengthMax();
            for (int k = 0; k < prefilter.anchors().size(); k++) {
                int offsetMax = prefilter.anchors().get(k).offsetMax();
                if (offsetMax >= 0) {
                    from = Math.max(from, workspace.anchorFirstStarts[p << 1 | k] - offsetMax);
                }
                if (lengthMax >= 0) {
                    to = Math.min(to, workspace.anchorLastStarts[p << 1 | k] + lengthMax);
                }
            }
            if (prefilter.digitRun() > 0) {
                int[] runs = numberRuns(workspace.normalized, text, length, prefilter.digitRun());
                if (prefilter.digitRunOffsetMax() >= 0) {
                    from = Math.max(from, runs[0] - prefilter.digitRunOffsetMax());
                }
                if (lengthMax >= 0) {
                    to = Math.min(to, runs[1] - prefilter.digitRun() + lengthMax);
                }
            }
            if (from >= to) {
                continue;
            }
            if (subject == null) {
                subject = new String(text, 0, length);
            }
            Matcher m = workspace.matcher(patterns[p], subject).region(from, to);
            while (m.find()) {
                workspace.candidate(ruleOf[p], m.start(), m.end());
            }
        }
    }

    /** Start of the first and end of the last run of at least {@code runMin} digits and numerals. */
    private static int[] numberRuns(NormalizationBuffer normalized, char[] text, int length, int runMin) {
        if (runMin >= NormalizationBuffer.RECORDED_RUN_MIN && !normalized.numberRunsOverflowed) {
            int first = -1;
            int lastEnd = -1;
            for (int r = 0; r < normalized.numberRunCount; r++) {
                int start = normalized.numberRuns[2 * r];
                int end = normalized.numberRuns[2 * r + 1];
                if (end - start >= runMin) {
                    first = first < 0 ? start : first;
                    lastEnd = end;
                }
            }
            return first < 0 ? new int[]{0, length} : new int[]{first, lastEnd};
        }
        int first = -1;
        int lastEnd = -1;
        int run = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && CharTables.NUMERALS[text[i]] != 0) {
                run++;
                continue;
            }
            if (run >= runMin) {
                if (first < 0) {
                    first = i - run;
                }
                lastEnd = i;
            }
            run = 0;
        }
        return first < 0 ? new int[]{0, length} : new int[]{first, lastEnd};
    }
}
