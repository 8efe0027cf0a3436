package dev.livecommerce.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled rule set. All terms, exemption phrases, pattern anchors and context words of all rules share one
 * Aho-Corasick automaton (a double array trie) that the normaliser steps as it writes the normalised text, so a scan
 * reads the text once; patterns run only where their prefilters allow ({@link PatternSet}). A match survives when
 * its rule applies to the category, it is not inside an exemption of its rule (nor, for absolute terms, exempt by
 * context, see {@link AbsoluteTermContext}), and it is the leftmost-longest among the overlapping matches of its
 * rule; a claim two rules of one type both find is reported once.
 * <p>
 * Immutable and thread-safe: scratch memory is per thread.
 */
public final class ClaimEngine {

    private static final int TERM = 0;
    private static final int EXEMPTION = 1;
    /** An anchor of a pattern: the pattern runs only on texts that contain all its anchor sets. */
    private static final int ANCHOR = 2;
    /** A context word the exemptions of absolute terms look for near a match ({@link AbsoluteTermContext}). */
    private static final int CONTEXT = 3;
    private static final boolean[] NOTHING_APPLIES = new boolean[0];
    private static final ThreadLocal<ScanWorkspace> WORKSPACE = ThreadLocal.withInitial(ScanWorkspace::new);
    private static final Comparator<ClaimMatch> REPORT_ORDER = (a, b) -> {
        int order = Integer.compare(a.start(), b.start());
        if (order == 0) {
            order = a.type().compareTo(b.type());
        }
        if (order == 0) {
            order = Integer.compare(a.end(), b.end());
        }
        return order != 0 ? order : a.ruleId().compareTo(b.ruleId());
    };

    private final ClaimRule[] rules;
    private final ClaimType[] types;
    /** The categories named by rules and, per category, which rules apply; others get the rules without. */
    private final String[] categories;
    private final int[] categoryHashes;
    private final boolean[][] appliesByCategory;
    private final boolean[] appliesWithoutCategory;
    private final ClaimAutomaton automaton;
    private final PatternSet patterns;
    private final int maxTermLength;

    private ClaimEngine(ClaimRule[] rules, ClaimAutomaton automaton, PatternSet patterns,
            int maxTermLength) {
        this.rules = rules;
        this.types = new ClaimType[rules.length];
        for (int r = 0; r < rules.length; r++) {
            types[r] = rules[r].type();
        }
        this.appliesWithoutCategory = applicable(rules, null);
        this.categories = Arrays.stream(rules)
                .flatMap(r -> r.categories().stream())
                .distinct()
                .sorted()
                .toArray(String[]::new);
        this.categoryHashes = Arrays.stream(categories).mapToInt(String::hashCode).toArray();
        this.appliesByCategory = new boolean[categories.length][];
        for (int c = 0; c < categories.length; c++) {
            appliesByCategory[c] = applicable(rules, categories[c]);
        }
        this.automaton = automaton;
        this.patterns = patterns;
        this.maxTermLength = maxTermLength;
    }

    /** A handful of categories: a linear search over their hashes beats a map. */
    private boolean[] applicableRules(String category) {
        if (category != null) {
            int hash = category.hashCode();
            for (int c = 0; c < categories.length; c++) {
                if (categoryHashes[c] == hash && categories[c].equals(category)) {
                    return appliesByCategory[c];
                }
            }
        }
        return appliesWithoutCategory;
    }

    private static boolean[] applicable(ClaimRule[] rules, String category) {
        boolean[] applies = new boolean[rules.length];
        boolean any = false;
        for (int r = 0; r < rules.length; r++) {
            applies[r] = rules[r].appliesTo(category);
            any |= applies[r];
        }
        return any ? applies : NOTHING_APPLIES;
    }

    /**
     * Compiles rules into an engine.
     *
     * @throws IllegalArgumentException naming the rule and the problem: a duplicate id, a term or exemption that
     *         normalises to nothing or spans a sentence end, a pattern that does not compile or matches the empty
     *         string (blank ids, versions below 1 and rules without terms and patterns cannot be constructed)
     */
    public static ClaimEngine compile(Collection<ClaimRule> rules) {
        Objects.requireNonNull(rules, "rules");
        ClaimRule[] ordered = rules.toArray(ClaimRule[]::new);
        Set<String> ids = new HashSet<>();
        Map<String, int[]> dictionary = new TreeMap<>();
        List<Pattern> compiled = new ArrayList<>();
        List<Integer> ruleOfPattern = new ArrayList<>();
        List<PatternAnchors.Prefilter> prefilters = new ArrayList<>();
        int maxTermLength = 0;
        for (int r = 0; r < ordered.length; r++) {
            ClaimRule rule = Objects.requireNonNull(ordered[r], "rule #" + (r + 1) + " is null");
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule '" + rule.id() + "': id appears more than once");
            }
            for (String term : rule.terms()) {
                String normalized = normalizedPhrase(rule, "term", term);
                maxTermLength = Math.max(maxTermLength, normalized.length());
                dictionary.merge(normalized, new int[]{r << 2 | TERM}, ClaimEngine::concat);
            }
            for (String exemption : rule.exemptions()) {
                String normalized = normalizedPhrase(rule, "exemption", exemption);
                dictionary.merge(normalized, new int[]{r << 2 | EXEMPTION}, ClaimEngine::concat);
            }
            for (String pattern : rule.patterns()) {
                int p = compiled.size();
                compiled.add(compilePattern(rule, pattern));
                ruleOfPattern.add(r);
                PatternAnchors.Prefilter prefilter = PatternAnchors.analyse(pattern);
                for (int k = 0; k < prefilter.anchors().size(); k++) {
                    for (String anchor : prefilter.anchors().get(k).strings()) {
                        dictionary.merge(anchor, new int[]{(p << 1 | k) << 2 | ANCHOR}, ClaimEngine::concat);
                    }
                }
                prefilters.add(prefilter);
            }
        }
        for (int list = 0; list < AbsoluteTermContext.CONTEXT_WORDS.size(); list++) {
            for (String word : AbsoluteTermContext.CONTEXT_WORDS.get(list)) {
                dictionary.merge(word, new int[]{list << 2 | CONTEXT}, ClaimEngine::concat);
            }
        }
        ClaimAutomaton automaton = dictionary.isEmpty() ? ClaimAutomaton.EMPTY : new ClaimAutomaton(dictionary);
        return new ClaimEngine(ordered, automaton, new PatternSet(compiled, ruleOfPattern, prefilters),
                maxTermLength);
    }

    /** The rules, in the order they were compiled. */
    public List<ClaimRule> rules() {
        return List.of(rules);
    }

    /**
     * The longest term in normalised chars. A caller scanning a stream in segments carries this many chars of
     * context from one segment to the next so that a term split across segments is still found.
     */
    public int maxTermLength() {
        return maxTermLength;
    }

    /**
     * Finds the claims in a text.
     *
     * @param category the platform category of the listing or room; null applies only rules without categories
     * @return matches ordered by start offset in the original text, then type
     */
    public List<ClaimMatch> scan(String text, String category) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        ScanWorkspace workspace = WORKSPACE.get();
        try {
            return scan(text, category, workspace);
        } finally {
            workspace.release();
        }
    }

    /**
     * Finds the claims in a text of a room or listing that sells in several categories: a rule applies when it
     * applies to any of them (a food and cosmetics room gets both efficacy rules), and the health-food context of
     * absolute terms holds when any of them is HEALTH_FOOD.
     *
     * @param categories platform categories; empty applies only rules without categories
     * @return matches ordered by start offset in the original text, then type
     */
    public List<ClaimMatch> scanInCategories(String text, Collection<String> categories) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(categories, "categories");
        if (categories.size() <= 1) {
            return scan(text, categories.isEmpty() ? null : categories.iterator().next());
        }
        if (text.isEmpty()) {
            return List.of();
        }
        boolean[] applies = new boolean[rules.length];
        boolean any = false;
        boolean healthFood = false;
        for (String category : categories) {
            boolean[] forCategory = applicableRules(category);
            for (int r = 0; r < forCategory.length; r++) {
                applies[r] |= forCategory[r];
                any |= forCategory[r];
            }
            healthFood |= AbsoluteTermContext.isHealthCategory(category);
        }
        ScanWorkspace workspace = WORKSPACE.get();
        try {
            return scan(text, any ? applies : NOTHING_APPLIES, healthFood, workspace);
        } finally {
            workspace.release();
        }
    }

    private List<ClaimMatch> scan(String text, String category, ScanWorkspace workspace) {
        return scan(text, applicableRules(category), AbsoluteTermContext.isHealthCategory(category), workspace);
    }

    private List<ClaimMatch> scan(String text, boolean[] applies, boolean healthFood, ScanWorkspace workspace) {
        if (applies == NOTHING_APPLIES) {
            return List.of();
        }
        workspace.reset(applies, patterns.size());
        NormalizationBuffer normalized = workspace.normalized;
        normalized.normalize(text, automaton, workspace);
        int length = normalized.length;
        if (length == 0) {
            return List.of();
        }
        char[] chars = normalized.chars;
        if (normalized.numbersRewritten) {
            // A number in Chinese numerals became digits after the automaton had read it: read it again.
            workspace.hitCount = 0;
            automaton.scan(chars, length, workspace);
        }
        collectTermHits(normalized, workspace);
        patterns.find(chars, length, workspace);
        if (workspace.candidateCount == 0) {
            return List.of();
        }
        dropExempted(chars, length, healthFood, workspace);
        return leftmostLongest(text, normalized, workspace);
    }

    private void collectTermHits(NormalizationBuffer normalized, ScanWorkspace workspace) {
        for (int h = 0; h < workspace.hitCount; h++) {
            int start = workspace.hitStarts[h];
            int end = workspace.hitEnds[h];
            int alone = -1; // not yet checked
            for (int entry : workspace.hitEntries[h]) {
                int kind = entry & 3;
                int index = entry >>> 2;
                if (kind == ANCHOR) {
                    workspace.anchor(index >>> 1, index & 1, start);
                    continue;
                }
                if (kind == CONTEXT) {
                    workspace.addContext(index, start, end);
                    continue;
                }
                if (!workspace.ruleApplies[index]) {
                    continue;
                }
                if (alone < 0) {
                    alone = standsAlone(normalized, start, end) ? 1 : 0;
                }
                if (alone == 0) {
                    continue;
                }
                if (kind == TERM) {
                    workspace.candidate(index, start, end);
                } else {
                    workspace.exemption(index, start, end);
                }
            }
        }
    }

    /**
     * A phrase that begins or ends with a Latin letter (or digit) must not continue a longer word: "vx" counts in
     * "加vx" and in "my vx", not in "novx"; "top1" not in "top10". Chinese needs no such check.
     */
    private static boolean standsAlone(NormalizationBuffer normalized, int start, int end) {
        char[] chars = normalized.chars;
        if (start > 0 && sameWordClass(chars[start], chars[start - 1]) && !normalized.gapBefore(start)) {
            return false;
        }
        return end >= normalized.length || !sameWordClass(chars[end - 1], chars[end]) || normalized.gapBefore(end);
    }

    private static boolean sameWordClass(char edge, char neighbour) {
        return (CharTables.isAsciiLetter(edge) && CharTables.isAsciiLetter(neighbour))
                || (CharTables.isAsciiDigit(edge) && CharTables.isAsciiDigit(neighbour));
    }

    private void dropExempted(char[] chars, int length, boolean healthFood, ScanWorkspace workspace) {
        for (int c = 0; c < workspace.candidateCount; c++) {
            int rule = workspace.candidateRules[c];
            int start = workspace.candidateStarts[c];
            int end = workspace.candidateEnds[c];
            boolean exempt = insideExemption(rule, start, end, workspace);
            if (types[rule] == ClaimType.ABSOLUTE_TERM) {
                exempt = (exempt || AbsoluteTermContext.isExempt(chars, length, start, end, workspace))
                        && !AbsoluteTermContext.isMedical(workspace, start, end, healthFood)
                        && !efficacyClaimNear(start, end, workspace);
            } else if (types[rule] == ClaimType.FALSE_PRICE && !exempt) {
                exempt = AbsoluteTermContext.isSuperlative(chars, start, end)
                        && AbsoluteTermContext.isSelfComparison(chars, start, end, workspace);
            }
            workspace.candidateDropped[c] = exempt;
        }
    }

    private static boolean insideExemption(int rule, int start, int end, ScanWorkspace workspace) {
        for (int x = 0; x < workspace.exemptionCount; x++) {
            if (workspace.exemptionRules[x] == rule && workspace.exemptionStarts[x] <= start
                    && end <= workspace.exemptionEnds[x]) {
                return true;
            }
        }
        return false;
    }

    /** An efficacy claim close to an absolute term makes it a medical context, where no exemption applies. */
    private boolean efficacyClaimNear(int start, int end, ScanWorkspace workspace) {
        for (int c = 0; c < workspace.candidateCount; c++) {
            if (types[workspace.candidateRules[c]] == ClaimType.EFFICACY_CLAIM
                    && workspace.candidateEnds[c] > start - AbsoluteTermContext.MEDICAL_WINDOW
                    && workspace.candidateStarts[c] < end + AbsoluteTermContext.MEDICAL_WINDOW) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per rule, the leftmost match wins, the longest among those starting there; overlapping ones are dropped.
     * Then, across rules of one type, a match inside another is a repeat of the same claim (the food and the
     * cosmetics rule on "治疗湿疹" in category BABY): the claim is reported once, by the longer match, or by the
     * earlier rule for equal spans.
     */
    private List<ClaimMatch> leftmostLongest(String text, NormalizationBuffer normalized, ScanWorkspace workspace) {
        long[] keys = workspace.sortKeys(workspace.candidateCount);
        int[] chosen = workspace.chosen(workspace.candidateCount);
        int selected = 0;
        for (int rule = 0; rule < rules.length; rule++) {
            if (!workspace.mayHaveCandidates(rule)) {
                continue;
            }
            int count = 0;
            for (int c = 0; c < workspace.candidateCount; c++) {
                if (workspace.candidateRules[c] == rule && !workspace.candidateDropped[c]) {
                    keys[count++] = (long) workspace.candidateStarts[c] << 32 | c;
                }
            }
            if (count == 0) {
                continue;
            }
            if (count > 1) {
                Arrays.sort(keys, 0, count);
            }
            int taken = 0;
            int k = 0;
            while (k < count) {
                int start = (int) (keys[k] >>> 32);
                int best = (int) keys[k];
                for (; k < count && (int) (keys[k] >>> 32) == start; k++) {
                    if (workspace.candidateEnds[(int) keys[k]] > workspace.candidateEnds[best]) {
                        best = (int) keys[k];
                    }
                }
                if (start >= taken) {
                    taken = workspace.candidateEnds[best];
                    chosen[selected++] = best;
                }
            }
        }
        boolean typeRepeated = false;
        int types = 0;
        for (int i = 0; i < selected; i++) {
            int bit = 1 << this.types[workspace.candidateRules[chosen[i]]].ordinal();
            typeRepeated |= (types & bit) != 0;
            types |= bit;
        }
        List<ClaimMatch> matches = new ArrayList<>(selected);
        for (int i = 0; i < selected; i++) {
            int c = chosen[i];
            if (!typeRepeated || !isRepeat(c, chosen, selected, workspace)) {
                insertInReportOrder(matches, match(rules[workspace.candidateRules[c]], text, normalized,
                        workspace.candidateStarts[c], workspace.candidateEnds[c]));
            }
        }
        return matches;
    }

    /** Results are few: an insertion keeps them ordered at less cost than a sort. */
    private static void insertInReportOrder(List<ClaimMatch> matches, ClaimMatch match) {
        int at = matches.size();
        while (at > 0 && REPORT_ORDER.compare(matches.get(at - 1), match) > 0) {
            at--;
        }
        matches.add(at, match);
    }

    private boolean isRepeat(int c, int[] chosen, int count, ScanWorkspace workspace) {
        int rule = workspace.candidateRules[c];
        int start = workspace.candidateStarts[c];
        int end = workspace.candidateEnds[c];
        for (int i = 0; i < count; i++) {
            int o = chosen[i];
            int other = workspace.candidateRules[o];
            if (other == rule || types[other] != types[rule]) {
                continue;
            }
            int otherStart = workspace.candidateStarts[o];
            int otherEnd = workspace.candidateEnds[o];
            if (otherStart <= start && end <= otherEnd
                    && (otherEnd - otherStart > end - start || other < rule)) {
                return true;
            }
        }
        return false;
    }

    private static ClaimMatch match(ClaimRule rule, String text, NormalizationBuffer normalized, int start,
            int end) {
        int originalStart = normalized.startOf(start);
        int originalEnd = normalized.endOf(end - 1);
        return new ClaimMatch(rule.id(), rule.version(), rule.type(), originalStart, originalEnd,
                text.substring(originalStart, originalEnd), rule.legalBasis());
    }

    private static String normalizedPhrase(ClaimRule rule, String what, String phrase) {
        String normalized = TextNormalizer.normalize(phrase).text().strip();
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException(
                    "rule '" + rule.id() + "': " + what + " '" + phrase + "' is empty once normalised");
        }
        if (normalized.indexOf(' ') >= 0) {
            throw new IllegalArgumentException(
                    "rule '" + rule.id() + "': " + what + " '" + phrase + "' spans a sentence end");
        }
        return normalized;
    }

    private static Pattern compilePattern(ClaimRule rule, String pattern) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule '" + rule.id() + "': pattern '" + pattern
                    + "' is not a valid regular expression: " + e.getDescription(), e);
        }
        if (compiled.matcher("").lookingAt()) {
            throw new IllegalArgumentException(
                    "rule '" + rule.id() + "': pattern '" + pattern + "' matches the empty string");
        }
        return compiled;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
