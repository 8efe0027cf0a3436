package dev.livecommerce.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds literal anchors of a regular expression: sets of strings such that every match contains at least one
 * string of each set ("降压" or "降糖" ... in "\d+天(降压|降糖)"). The engine puts the anchors into its automaton, so
 * a pattern runs only on texts that contain them. The analysis reads a common subset of the regex syntax (literals,
 * escapes, classes, groups, alternation, lookaround, greedy, lazy and possessive quantifiers); whatever it does
 * not understand yields no anchor, never a wrong one.
 */
final class PatternAnchors {

    /** At most this many strings per anchor set; a larger product of alternatives is cut into smaller runs. */
    static final int SET_SIZE_MAX = 512;
    static final int SETS_MAX = 2;
    static final double SECOND_ANCHOR_FREQUENCY_MAX = 0.5;
    /** Single chars so frequent in selling text that they make poor anchors. */
    private static final String COMMON = "一二三四五六七八九十两的了是在我有个这天月年就好大小不也都要会能和用吃喝人说来去上下多少白度次号元块价"
            + "0123456789";

    private final String regex;
    private int at;
    private boolean unsupported;

    private PatternAnchors(String regex) {
        this.regex = regex;
    }

    /**
     * A string set every match contains one of, and how far into a match it can start at most (-1: unknown), so
     * that a pattern can be run from just before the first place the automaton found it.
     */
    record Anchor(Set<String> strings, int offsetMax) {
    }

    /**
     * What a pattern needs before it can match: up to {@link #SETS_MAX} anchors, most selective first, and the
     * longest run of consecutive digits every match contains (11 for "1[3-9][0-9]{9}"), with how far into a match
     * that run can start at most (-1: unknown), and the longest match (-1: unbounded). No anchors and run 0 when
     * nothing can be proven.
     */
    record Prefilter(List<Anchor> anchors, int digitRun, int digitRunOffsetMax, int matchLengthMax) {
    }

    static Prefilter analyse(String regex) {
        PatternAnchors parser = new PatternAnchors(regex);
        Node root = parser.alternation();
        if (parser.unsupported || parser.at != regex.length()) {
            return new Prefilter(List.of(), 0, -1, -1);
        }
        List<Anchor> candidates = new ArrayList<>();
        if (root.branches.size() == 1) {
            candidates.addAll(requiredSets(root.branches.getFirst()));
        } else {
            Set<String> union = root.required();
            if (union != null) {
                candidates.add(new Anchor(minimal(union), -1));
            }
        }
        int[] run = digitRun(root);
        if (run[0] > 0) {
            candidates.removeIf(a -> a.strings().stream().allMatch(t -> t.chars().allMatch(Character::isDigit)));
        }
        candidates.sort(Comparator.comparingDouble(a -> expectedFrequency(a.strings())));
        // A second anchor pays for its hits only when it is rare itself.
        int kept = Math.min(candidates.size(), 1);
        while (kept < Math.min(SETS_MAX, candidates.size())
                && expectedFrequency(candidates.get(kept).strings()) <= SECOND_ANCHOR_FREQUENCY_MAX) {
            kept++;
        }
        return new Prefilter(List.copyOf(candidates.subList(0, kept)), run[0], run[1], root.maxLength());
    }

    /** The longest run of digit items every branch contains, and the largest offset at which it can start. */
    private static int[] digitRun(Node root) {
        int shortest = Integer.MAX_VALUE;
        int offsetMax = -1;
        for (List<Node> branch : root.branches) {
            int longest = 0;
            int longestOffset = -1;
            int run = 0;
            int offset = 0;
            int runOffset = 0;
            for (Node item : branch) {
                if (item.zeroWidth) {
                    continue;
                }
                if (item.digits) {
                    if (run == 0) {
                        runOffset = offset;
                    }
                    run += item.repeatMin;
                    if (run > longest) {
                        longest = run;
                        longestOffset = runOffset;
                    }
                } else {
                    run = 0;
                }
                offset = add(offset, item.maxLength());
            }
            if (longest < shortest) {
                shortest = longest;
                offsetMax = root.branches.size() == 1 ? longestOffset : -1;
            }
        }
        return shortest == Integer.MAX_VALUE ? new int[]{0, -1} : new int[]{shortest, offsetMax};
    }

    /** A sum of lengths where -1 is unbounded. */
    private static int add(int a, int b) {
        return a < 0 || b < 0 ? -1 : a + b;
    }

    /** A rough count of occurrences per char of text: long strings are rare, common single chars are not. */
    static double expectedFrequency(Set<String> anchors) {
        double frequency = 0;
        for (String s : anchors) {
            frequency += s.length() >= 3 ? 0.02 : s.length() == 2 ? 0.05 : COMMON.indexOf(s.charAt(0)) >= 0 ? 8 : 1;
        }
        return frequency;
    }

    /** The anchors a sequence requires: products of runs of finite items, and the requirements of other items. */
    private static List<Anchor> requiredSets(List<Node> sequence) {
        List<Anchor> sets = new ArrayList<>();
        Set<String> run = null;
        int runOffset = 0;
        int runLength = 0;
        int offset = 0;
        for (Node item : sequence) {
            Set<String> finite = item.language();
            if (finite != null && !item.zeroWidth) {
                Set<String> next = run == null ? finite : product(run, finite);
                if (next == null || run == null) {
                    addIfUsable(sets, run, add(runOffset, runLength));
                    next = finite;
                    runOffset = offset;
                    runLength = 0;
                }
                run = next;
                runLength = add(runLength, item.maxLength());
            } else {
                addIfUsable(sets, run, add(runOffset, runLength));
                run = null;
                if (!item.zeroWidth && item.min >= 1) {
                    addIfUsable(sets, item.requiredOnce(), add(offset, item.maxLength()));
                }
            }
            offset = add(offset, item.zeroWidth ? 0 : item.maxLength());
        }
        addIfUsable(sets, run, add(runOffset, runLength));
        return sets;
    }

    /** An anchor lies inside its run or item: it starts at most {@code offsetMax} chars into a match. */
    private static void addIfUsable(List<Anchor> sets, Set<String> set, int offsetMax) {
        if (set != null && !set.isEmpty() && !set.contains("")) {
            sets.add(new Anchor(minimal(set), offsetMax));
        }
    }

    /** Drops strings that contain another string of the set: where they occur, the shorter one occurs too. */
    static Set<String> minimal(Set<String> set) {
        Set<String> minimal = new LinkedHashSet<>();
        for (String s : set) {
            boolean covered = false;
            for (String t : set) {
                if (!t.equals(s) && s.contains(t)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                minimal.add(s);
            }
        }
        return minimal;
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > SET_SIZE_MAX) {
            return null;
        }
        Set<String> product = new LinkedHashSet<>();
        for (String l : left) {
            for (String r : right) {
                product.add(l + r);
            }
        }
        return withoutLongerSuffixes(product);
    }

    /**
     * Drops strings that end with another string of the set ("个天" when "天" is there): a text containing the
     * longer one followed by anything contains the shorter one followed by the same, so the set stays sound for
     * further products and smaller.
     */
    private static Set<String> withoutLongerSuffixes(Set<String> set) {
        Set<String> kept = new LinkedHashSet<>();
        for (String s : set) {
            boolean covered = false;
            for (String t : set) {
                if (t.length() < s.length() && s.endsWith(t)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** A node of the parsed expression: an alternation of sequences, with the quantifier applied to it. */
    private static final class Node {
        final List<List<Node>> branches = new ArrayList<>();
        /** Exactly the strings this node matches once, or null when that is not a small finite set. */
        Set<String> once;
        int min = 1;
        /** The smallest and largest number of repetitions the quantifier allows (-1: unbounded). */
        int repeatMin = 1;
        int repeatMax = 1;
        boolean finiteRepeat = true;
        boolean zeroWidth;
        /** Matches ASCII digits only ("7", "\d", "[0-9]", "[3-9]"). */
        boolean digits;

        static Node of(Set<String> once) {
            Node node = new Node();
            node.once = once;
            return node;
        }

        /** The most chars this node (quantifier included) can match, -1 when unbounded. */
        int maxLength() {
            if (zeroWidth) {
                return 0;
            }
            int single;
            if (once != null) {
                single = once.stream().mapToInt(String::length).max().orElse(0);
            } else if (branches.isEmpty()) {
                single = 1; // one char of a class, an escape or '.'
            } else {
                single = 0;
                for (List<Node> branch : branches) {
                    int length = 0;
                    for (Node item : branch) {
                        length = add(length, item.maxLength());
                    }
                    if (length < 0) {
                        return -1;
                    }
                    single = Math.max(single, length);
                }
            }
            return repeatMax < 0 ? -1 : single * repeatMax;
        }

        /** Exactly the strings this node (quantifier included) matches, or null. */
        Set<String> language() {
            Set<String> single = once != null ? once : alternativesLanguage();
            if (single == null || !finiteRepeat) {
                return null;
            }
            if (min == 0) {
                Set<String> optional = new LinkedHashSet<>(single);
                optional.add("");
                return optional;
            }
            return single;
        }

        private Set<String> alternativesLanguage() {
            if (branches.isEmpty()) {
                return null;
            }
            Set<String> union = new LinkedHashSet<>();
            for (List<Node> branch : branches) {
                Set<String> sequence = Set.of("");
                for (Node item : branch) {
                    Set<String> language = item.zeroWidth ? Set.of("") : item.language();
                    sequence = language == null ? null : product(sequence, language);
                    if (sequence == null) {
                        return null;
                    }
                }
                union.addAll(sequence);
            }
            return union.size() <= SET_SIZE_MAX ? union : null;
        }

        /** Strings one of which every single match of this node contains, or null. */
        Set<String> requiredOnce() {
            Set<String> language = once != null ? once : alternativesLanguage();
            if (language != null) {
                return language.contains("") ? null : language;
            }
            return required();
        }

        /** For an alternation: the union over branches of the most selective set each branch requires. */
        Set<String> required() {
            Set<String> union = new LinkedHashSet<>();
            for (List<Node> branch : branches) {
                Set<String> best = requiredSets(branch).stream()
                        .map(Anchor::strings)
                        .min(Comparator.comparingDouble(PatternAnchors::expectedFrequency))
                        .orElse(null);
                if (best == null) {
                    return null;
                }
                union.addAll(best);
            }
            return union.isEmpty() ? null : union;
        }
    }

    private Node alternation() {
        Node node = new Node();
        node.branches.add(sequence());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            node.branches.add(sequence());
        }
        return node;
    }

    private List<Node> sequence() {
        List<Node> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')' && !unsupported) {
            Node atom = atom();
            quantifier(atom);
            items.add(atom);
        }
        return items;
    }

    private Node atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                boolean zeroWidth = false;
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?", at)) {
                    unsupported = true; // named groups, inline flags, atomic groups
                    return new Node();
                }
                Node group = alternation();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    unsupported = true;
                    return group;
                }
                at++;
                group.zeroWidth = zeroWidth;
                return group;
            }
            case '[' -> {
                int open = at;
                Node node = Node.of(charClass());
                node.digits = regex.substring(open, at - 1).matches("(?:[0-9]|[0-9]-[0-9])+");
                return node;
            }
            case '\\' -> {
                if (at >= regex.length()) {
                    unsupported = true;
                    return new Node();
                }
                char escaped = regex.charAt(at++);
                if (Character.isLetterOrDigit(escaped)) {
                    if (escaped == 'b' || escaped == 'B' || escaped == 'G' || escaped == 'A' || escaped == 'Z'
                            || escaped == 'z') {
                        Node boundary = new Node();
                        boundary.zeroWidth = true;
                        return boundary;
                    }
                    if (escaped == 'Q' || escaped == 'k' || escaped == 'p' || escaped == 'P' || escaped == 'x'
                            || escaped == 'u' || escaped == 'c' || escaped == '0' || escaped == 'N') {
                        unsupported = true;
                    }
                    Node unknown = new Node(); // \d, \w, \s ...: a char, but not a known one
                    unknown.digits = escaped == 'd';
                    return unknown;
                }
                return Node.of(Set.of(String.valueOf(escaped)));
            }
            case '.' -> {
                return new Node();
            }
            case '^', '$' -> {
                Node anchor = new Node();
                anchor.zeroWidth = true;
                return anchor;
            }
            case '*', '+', '?', '{' -> {
                unsupported = true;
                return new Node();
            }
            default -> {
                Node literal = Node.of(Set.of(String.valueOf(c)));
                literal.digits = c >= '0' && c <= '9';
                return literal;
            }
        }
    }

    /** A class of plain chars ("[喝吃用]") is a finite set; ranges, negation and escapes make it unknown. */
    private Set<String> charClass() {
        Set<String> chars = new LinkedHashSet<>();
        boolean plain = at < regex.length() && regex.charAt(at) != '^';
        int depth = 1;
        while (at < regex.length() && depth > 0) {
            char c = regex.charAt(at++);
            if (c == '\\') {
                plain = false;
                at++;
            } else if (c == '[') {
                plain = false;
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '-' || c == '&') {
                plain = false;
            } else {
                chars.add(String.valueOf(c));
            }
        }
        if (depth > 0) {
            unsupported = true;
        }
        return plain && !chars.isEmpty() && chars.size() <= SET_SIZE_MAX ? chars : null;
    }

    private void quantifier(Node atom) {
        if (at >= regex.length()) {
            return;
        }
        char q = regex.charAt(at);
        int min;
        int max;
        if (q == '?') {
            min = 0;
            max = 1;
            at++;
        } else if (q == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            at++;
        } else if (q == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            at++;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                unsupported = true;
                return;
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                min = Integer.parseInt(bounds[0].trim());
                max = bounds.length == 1
                        ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
            } catch (NumberFormatException e) {
                unsupported = true;
                return;
            }
            at = close + 1;
        } else {
            return;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        atom.repeatMin = min;
        atom.repeatMax = max == Integer.MAX_VALUE ? -1 : max;
        atom.min = Math.min(atom.min, min);
        atom.finiteRepeat = max <= 1 && min <= 1;
        if (min > 1) {
            atom.min = 1; // required at least once
        }
    }
}
