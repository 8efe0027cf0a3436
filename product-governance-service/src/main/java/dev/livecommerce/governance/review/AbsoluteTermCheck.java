package dev.livecommerce.governance.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds advertising-law absolute terms ("最好", "第一", "国家级" ...) in a text: leftmost, longest, non-overlapping
 * matches, so "全网最好" is reported once and whole. Ordinal uses of 第一 ("第一次", "第一批") are sequence words the
 * regulator's guideline exempts.
 */
public final class AbsoluteTermCheck {

    public static final RuleRef RULE = new RuleRef("absolute-terms", 1, Severity.MEDIUM, 3,
            "Advertising Law of the PRC, Article 9(3): no use of 'national-level', 'highest-grade', 'best' or "
                    + "similar terms");

    private static final List<String> TERMS = List.of(
            "全网最低价", "全网最低", "全网最好", "全网第一", "全网最", "史上最", "独一无二", "第一品牌",
            "最低价", "最便宜", "最高级", "最好", "最佳", "最强", "最优", "最先进", "第一", "国家级", "世界级",
            "顶级", "顶尖", "唯一", "史上", "100%", "绝对", "极品", "首选", "万能", "特供", "金牌");
    private static final Set<Character> ORDINAL_FOLLOWERS = Set.of('次', '步', '批', '天', '期', '代', '季', '届', '名');

    private final List<String> termsLongestFirst = TERMS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    public List<Violation> findIn(String field, String text) {
        List<Violation> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            String term = longestTermAt(text, at);
            if (term == null) {
                at++;
                continue;
            }
            int end = at + term.length();
            if (!isOrdinal(term, text, end)) {
                found.add(Violation.inText(RULE, ViolationType.ABSOLUTE_TERM, field, at, end, term));
            }
            at = end;
        }
        return found;
    }

    private String longestTermAt(String text, int at) {
        for (String term : termsLongestFirst) {
            if (text.startsWith(term, at)) {
                return term;
            }
        }
        return null;
    }

    private static boolean isOrdinal(String term, String text, int end) {
        return term.equals("第一") && end < text.length() && ORDINAL_FOLLOWERS.contains(text.charAt(end));
    }
}
