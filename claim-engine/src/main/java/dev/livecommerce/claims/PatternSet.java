package dev.livecommerce.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions of all rules, kept off the hot path: at compile time each pattern is probed with every
 * char to learn which chars can start a match; a scan tries a pattern only at positions holding such a char
 * (the phone pattern only at '0', '1' and '+'), and only for rules that apply to the category.
 */
final class PatternSet {

    private final Pattern[] patterns;
    private final int[] ruleOf;
    /** Char to start class; class 0: no pattern can start at this char. */
    private final char[] startClasses;
    /** Start class to the set of patterns that can start there, as bit words. */
    private final long[][] classPatterns;

    PatternSet(List<Pattern> patterns, List<Integer> ruleOf) {
        this.patterns = patterns.toArray(Pattern[]::new);
        this.ruleOf = ruleOf.stream().mapToInt(Integer::intValue).toArray();
        this.startClasses = new char[65536];
        List<long[]> classes = new ArrayList<>();
        classes.add(new long[0]);
        Map<BitSet, Character> classOf = new HashMap<>();
        Matcher[] probes = new Matcher[this.patterns.length];
        for (int p = 0; p < probes.length; p++) {
            probes[p] = this.patterns[p].matcher("");
        }
        for (int c = 0; c < 65536; c++) {
            BitSet starters = new BitSet();
            String probe = String.valueOf((char) c);
            for (int p = 0; p < probes.length; p++) {
                Matcher m = probes[p].reset(probe);
                if (m.lookingAt() || m.hitEnd()) {
                    starters.set(p);
                }
            }
            if (!starters.isEmpty()) {
                Character known = classOf.get(starters);
                if (known == null) {
                    if (classes.size() == Character.MAX_VALUE) {
                        throw new IllegalArgumentException("too many distinct pattern start sets");
                    }
                    known = (char) classes.size();
                    classOf.put(starters, known);
                    classes.add(starters.toLongArray());
                }
                startClasses[c] = known;
            }
        }
        this.classPatterns = classes.toArray(long[][]::new);
    }

    boolean isEmpty() {
        return patterns.length == 0;
    }

    /** Adds the matches of the applicable patterns as candidates, non-overlapping per pattern, as find() would. */
    void find(char[] text, int length, ScanWorkspace workspace) {
        String subject = null;
        Matcher[] matchers = null;
        int[] resumeAt = null;
        for (int i = 0; i < length; i++) {
            char startClass = startClasses[text[i]];
            if (startClass == 0) {
                continue;
            }
            long[] words = classPatterns[startClass];
            for (int w = 0; w < words.length; w++) {
                for (long bits = words[w]; bits != 0; bits &= bits - 1) {
                    int p = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (!workspace.ruleApplies[ruleOf[p]]) {
                        continue;
                    }
                    if (subject == null) {
                        subject = new String(text, 0, length);
                        matchers = new Matcher[patterns.length];
                        resumeAt = new int[patterns.length];
                    }
                    if (i < resumeAt[p]) {
                        continue;
                    }
                    Matcher m = matchers[p];
                    if (m == null) {
                        m = patterns[p].matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[p] = m;
                    }
                    m.region(i, length);
                    if (m.lookingAt()) {
                        workspace.candidate(ruleOf[p], i, m.end());
                        resumeAt[p] = m.end();
                    }
                }
            }
        }
    }
}
