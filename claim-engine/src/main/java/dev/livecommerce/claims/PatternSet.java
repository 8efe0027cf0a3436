package dev.livecommerce.claims;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of all rules, kept off the hot path by prefilters ({@link PatternAnchors}): a pattern
 * runs only when its rule applies to the category, the automaton has found each of its anchors in the text ("降压"
 * or "降糖" for a "N天降压" pattern), and the text holds a run of digits as long as the pattern needs (11 for a
 * mobile number). Most texts run no regular expression at all; one that does runs it from just before the first
 * anchor or digit run where the pattern allows that, not from the start of the text.
 */
final class PatternSet {

    private final Pattern[] patterns;
    private final int[] ruleOf;
    private final PatternAnchors.Prefilter[] prefilters;
    /** Per pattern, the bits of the anchors that must all be seen; 0 for a pattern without anchors. */
    private final int[] anchorMasks;

    PatternSet(List<Pattern> patterns, List<Integer> ruleOf, List<PatternAnchors.Prefilter> prefilters) {
        this.patterns = patterns.toArray(Pattern[]::new);
        this.ruleOf = ruleOf.stream().mapToInt(Integer::intValue).toArray();
        this.prefilters = prefilters.toArray(PatternAnchors.Prefilter[]::new);
        this.anchorMasks = new int[this.patterns.length];
        for (int p = 0; p < anchorMasks.length; p++) {
            anchorMasks[p] = (1 << this.prefilters[p].anchors().size()) - 1;
        }
    }

    int size() {
        return patterns.length;
    }

    /** Adds the matches of the patterns that pass the prefilters as candidates, as find() reports them. */
    void find(char[] text, int length, ScanWorkspace workspace) {
        String subject = null;
        for (int p = 0; p < patterns.length; p++) {
            PatternAnchors.Prefilter prefilter = prefilters[p];
            if (!workspace.ruleApplies[ruleOf[p]] || workspace.anchorsSeen[p] != anchorMasks[p]
                    || workspace.normalized.numberRunMax < prefilter.digitRun()) {
                continue;
            }
            if (subject == null) {
                subject = new String(text, 0, length);
            }
            Matcher m = patterns[p].matcher(subject);
            if (m.find(earliestStart(p, text, length, workspace))) {
                do {
                    workspace.candidate(ruleOf[p], m.start(), m.end());
                } while (m.find());
            }
        }
    }

    /** No match can start before the first anchor found, or the first long enough digit run, minus its offset. */
    private int earliestStart(int p, char[] text, int length, ScanWorkspace workspace) {
        PatternAnchors.Prefilter prefilter = prefilters[p];
        int from = 0;
        for (int k = 0; k < prefilter.anchors().size(); k++) {
            int offsetMax = prefilter.anchors().get(k).offsetMax();
            if (offsetMax >= 0) {
                from = Math.max(from, workspace.anchorFirstStarts[p << 1 | k] - offsetMax);
            }
        }
        if (prefilter.digitRun() > 0 && prefilter.digitRunOffsetMax() >= 0) {
            from = Math.max(from, firstNumberRun(text, length, prefilter.digitRun()) - prefilter.digitRunOffsetMax());
        }
        return from;
    }

    private static int firstNumberRun(char[] text, int length, int runMin) {
        int run = 0;
        for (int i = 0; i < length; i++) {
            run = CharTables.NUMERALS[text[i]] != 0 ? run + 1 : 0;
            if (run >= runMin) {
                return i - run + 1;
            }
        }
        return 0;
    }
}
