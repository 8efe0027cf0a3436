package dev.livecommerce.claims;

import java.util.BitSet;
import java.util.List;

/**
 * The exemptions of the 2023 guideline on absolute terms (《广告绝对化用语执法指南》) that depend on context
 * rather than on a fixed phrase; fixed phrases (usage advice, sequence words, grades set by a standard) are the
 * exemption lists of the rules. Works on the normalised text around a match:
 * <ul>
 * <li>usage advice: "最好" as "had better", followed by a verb or a quantity ("最好冷藏", "最好晒一晒",
 * "最好三天内吃完"), not "最好的" or "最好不过";
 * <li>a grade set by a national or industry standard: "特级" next to a product graded that way (tea, edible oil,
 * soy sauce, rice, flour), as in "西湖龙井 特级";
 * <li>a registered trademark: the term is part of a mark followed by ® / ™ or "牌" ("第一坊®", "极品牌");
 * <li>a dated and sourced ranking or award: a year and a source near "第一", "冠军", "No.1" ...;
 * <li>self-comparison inside one's own shop or room ("本店最受欢迎", "店里卖得最好"), never with a market-wide
 * scope ("全网", "行业"); this one also exempts price superlatives ("店里最便宜的一款");
 * <li>enumeration: a bare "第一" followed by "第二" ("第一，面料好；第二，…").
 * </ul>
 * None of this applies in a medical or health context: category HEALTH_FOOD, medical words near the match, or an
 * efficacy claim near it (the engine checks that one), where the guideline allows no exemption.
 */
final class AbsoluteTermContext {

    static final String HEALTH_FOOD = "HEALTH_FOOD";
    static final int MEDICAL_WINDOW = 15;
    static final int SELF_SCOPE_WINDOW = 10;
    static final int RANKING_WINDOW = 60;
    static final int ENUMERATION_WINDOW = 80;
    static final int TRADEMARK_LOOKAHEAD = 4;
    static final int GRADE_WINDOW = 8;

    /** What follows "最好" when it means "had better": a verb, a preposition, an adverb of time or manner. */
    private static final String ADVICE_FOLLOWERS = "先在于用放存冷冻晒洗泡煮蒸吃喝选买拍备去等让给跟和按根依照提尽趁当早晚每坚咨"
            + "问试别不少多搭配避密常加开收戴穿涂擦敷冲搅摇保储晾阴平手干还是能要从找换分挑看隔单";
    /** Products whose grades (特级, 一级 ...) are set by national or industry standards. */
    private static final Words GRADED_PRODUCTS = new Words("茶", "龙井", "毛峰", "碧螺春", "铁观音", "大红袍", "普洱", "橄榄油",
            "初榨", "花生油", "菜籽油", "食用油", "酱油", "生抽", "老抽", "醋", "大米", "面粉", "粉丝");

    /** 牌 in an ordinary word rather than after a brand: 品牌, 名牌, 大牌, 王牌, 牌子, 牌面. */
    private static final String NOT_A_MARK_BEFORE = "品名大王金招老杂";
    private static final String NOT_A_MARK_AFTER = "子面照";

    /*
     * Context word lists. The engine's automaton reports them while it reads the text (ScanWorkspace#context),
     * so that a window check costs a look at the few context hits instead of a scan of the window.
     */
    static final int MEDICAL = 0;
    static final int SELF_SCOPE = 1;
    static final int WIDE_SCOPE = 2;
    static final int RANKING_MARKERS = 3;
    static final int SOURCE_MARKERS = 4;
    static final List<List<String>> CONTEXT_WORDS = List.of(
            List.of("治疗", "治愈", "根治", "疗效", "疗程", "药", "医", "疾病", "病症", "患者", "病人", "癌", "肿瘤", "血压", "血糖",
                    "血脂", "尿酸", "保健", "免疫", "处方", "消炎", "炎症", "治病", "病毒"),
            List.of("本店", "店里", "店内", "小店", "全店", "我们店", "咱们店", "我家店", "咱家店", "店铺里", "直播间", "本品牌",
                    "我们品牌", "本系列", "这个系列", "这几款", "所有款", "我家卖", "我们家卖", "咱家卖", "咱们家卖", "我家销量",
                    "我们家销量", "咱家销量"),
            List.of("全网", "全国", "全球", "世界", "史上", "历史", "行业", "国内", "国际", "宇宙", "市场", "同类", "业内", "天下"),
            List.of("第一", "第1", "冠军", "榜首", "top", "no1", "金奖", "排名", "排行", "销量"),
            List.of("来源", "出处", "统计", "报告", "榜单", "数据显示", "调研", "监测"));

    private AbsoluteTermContext() {
    }

    static boolean isHealthCategory(String category) {
        return HEALTH_FOOD.equals(category);
    }

    static boolean isMedical(ScanWorkspace context, int start, int end, boolean healthFood) {
        return healthFood
                || context.context(MEDICAL, start - MEDICAL_WINDOW, end + MEDICAL_WINDOW);
    }

    static boolean isExempt(char[] text, int length, int start, int end, ScanWorkspace context) {
        return isUsageAdvice(text, length, start, end) || isStandardGrade(text, length, start, end)
                || isTrademark(text, length, end) || isSourcedRanking(text, length, start, end, context)
                || isSelfComparison(text, start, end, context) || isEnumeration(text, length, start, end);
    }

    /** "最好" followed by advice, or "最好用/最好吃/最好喝" followed by a quantity ("最好用80度的水"). */
    static boolean isUsageAdvice(char[] text, int length, int start, int end) {
        if (end - start < 2 || end - start > 3 || text[start] != '最' || text[start + 1] != '好' || end >= length) {
            return false;
        }
        char next = text[end];
        if (CharTables.NUMERALS[next] != 0) {
            return true;
        }
        if (end - start == 3 || (next == '不' && end + 1 < length && text[end + 1] == '过')) {
            return false; // 最好不过: "could not be better"
        }
        return ADVICE_FOLLOWERS.indexOf(next) >= 0;
    }

    static boolean isStandardGrade(char[] text, int length, int start, int end) {
        return end - start == 2 && text[start] == '特' && text[start + 1] == '级' && containsAny(text,
                Math.max(0, start - GRADE_WINDOW), Math.min(length, end + GRADE_WINDOW), GRADED_PRODUCTS);
    }

    static boolean isTrademark(char[] text, int length, int end) {
        for (int j = end; j < length && j < end + TRADEMARK_LOOKAHEAD; j++) {
            char c = text[j];
            if (c == '®') {
                return true;
            }
            if (c == '牌') {
                boolean word = (j > end && NOT_A_MARK_BEFORE.indexOf(text[j - 1]) >= 0)
                        || (j + 1 < length && NOT_A_MARK_AFTER.indexOf(text[j + 1]) >= 0);
                return !word;
            }
            if (c == '的' || c == '是' || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }

    static boolean isSourcedRanking(char[] text, int length, int start, int end, ScanWorkspace context) {
        if (!context.context(RANKING_MARKERS, start - 4, end)) {
            return false;
        }
        int from = Math.max(0, start - RANKING_WINDOW);
        int to = Math.min(length, end + RANKING_WINDOW);
        return context.context(SOURCE_MARKERS, from, to) && containsYear(text, from, to);
    }

    static boolean isSelfComparison(char[] text, int start, int end, ScanWorkspace context) {
        int from = start;
        while (from > 0 && start - from < SELF_SCOPE_WINDOW && text[from - 1] != ' ') {
            from--;
        }
        return context.context(SELF_SCOPE, from, start) && !context.context(WIDE_SCOPE, from, end);
    }

    /** A "最" superlative: the only kind of price claim that a comparison inside one's own shop exempts. */
    static boolean isSuperlative(char[] text, int start, int end) {
        return indexOf(text, "最", start, end) >= 0;
    }

    static boolean isEnumeration(char[] text, int length, int start, int end) {
        return end - start == 2 && text[start] == '第' && text[start + 1] == '一'
                && indexOf(text, "第二", end, Math.min(length, end + ENUMERATION_WINDOW)) >= 0;
    }

    /** A year such as "2023年" or "2023.": four digits starting 19 or 20, not part of a longer number. */
    private static boolean containsYear(char[] text, int from, int to) {
        for (int i = from; i + 4 < to; i++) {
            boolean century = (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');
            if (century && CharTables.isAsciiDigit(text[i + 2]) && CharTables.isAsciiDigit(text[i + 3])
                    && (i == 0 || !CharTables.isAsciiDigit(text[i - 1]))
                    && (text[i + 4] == '年' || text[i + 4] == '.')) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(char[] text, int from, int to, Words words) {
        return words.occurIn(text, from, to);
    }

    /** A small word list, searched by first char so that a window without any of the first chars costs little. */
    private static final class Words {
        private final String[] words;
        private final BitSet firstChars = new BitSet();

        Words(String... words) {
            this.words = words;
            for (String word : words) {
                firstChars.set(word.charAt(0));
            }
        }

        boolean occurIn(char[] text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (firstChars.get(text[i])) {
                    for (String word : words) {
                        if (startsWith(text, i, to, word)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private static boolean startsWith(char[] text, int at, int to, String word) {
        if (at + word.length() > to) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] text, String word, int from, int to) {
        int last = to - word.length();
        char first = word.charAt(0);
        for (int i = from; i <= last; i++) {
            if (text[i] != first) {
                continue;
            }
            int k = 1;
            while (k < word.length() && text[i + k] == word.charAt(k)) {
                k++;
            }
            if (k == word.length()) {
                return i;
            }
        }
        return -1;
    }
}
