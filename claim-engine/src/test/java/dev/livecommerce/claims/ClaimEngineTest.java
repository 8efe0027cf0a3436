package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ClaimEngineTest {

    private static final ClaimEngine DEFAULTS = ClaimEngine.compile(DefaultClaimRules.load());

    private static ClaimRule rule(String id, List<String> terms, List<String> patterns, List<String> exemptions,
            Set<String> categories) {
        return new ClaimRule(id, 1, ClaimType.ABSOLUTE_TERM, terms, patterns, exemptions, categories, "law");
    }

    @Test
    void aMatchCarriesTheRuleTheOriginalSpanAndTheLegalBasis() {
        String text = "这是全 网 第 一的好物";
        List<ClaimMatch> matches = DEFAULTS.scan(text, "OTHER");
        assertThat(matches).hasSize(1);
        ClaimMatch m = matches.getFirst();
        assertThat(m.ruleId()).isEqualTo("absolute-terms");
        assertThat(m.ruleVersion()).isEqualTo(1);
        assertThat(m.type()).isEqualTo(ClaimType.ABSOLUTE_TERM);
        assertThat(m.matchedText()).isEqualTo("全 网 第 一").isEqualTo(text.substring(m.start(), m.end()));
        assertThat(m.legalBasis()).contains("广告法");
    }

    @Test
    void termsMatchLeftmostLongestWithoutOverlapPerRule() {
        ClaimEngine engine = ClaimEngine.compile(
                List.of(rule("r", List.of("最好", "最好吃", "好吃的"), List.of(), List.of(), Set.of())));
        assertThat(engine.scan("最好吃的最好", null)).extracting(ClaimMatch::matchedText)
                .containsExactly("最好吃", "最好");
    }

    @Test
    void everyRuleReportsItsOwnMatchesInTextOrder() {
        List<ClaimMatch> matches = DEFAULTS.scan("全网最低价，加我微信，最好用的", "HOME");
        assertThat(matches).extracting(ClaimMatch::type).containsExactly(ClaimType.FALSE_PRICE,
                ClaimType.OFF_PLATFORM_CONTACT, ClaimType.ABSOLUTE_TERM);
    }

    @Test
    void aMatchInsideAnExemptionOfItsRuleIsDropped() {
        ClaimEngine engine = ClaimEngine.compile(
                List.of(rule("r", List.of("象牙"), List.of(), List.of("象牙白"), Set.of())));
        assertThat(engine.scan("象牙白衬衫", null)).isEmpty();
        assertThat(engine.scan("象牙手镯", null)).hasSize(1);
    }

    @Test
    void categoryRulesApplyOnlyToTheirCategories() {
        assertThat(DEFAULTS.scan("喝了能降血压", "FOOD")).extracting(ClaimMatch::type)
                .containsExactly(ClaimType.EFFICACY_CLAIM);
        assertThat(DEFAULTS.scan("喝了能降血压", "ELECTRONICS")).isEmpty();
        assertThat(DEFAULTS.scan("喝了能降血压", null)).isEmpty();
        assertThat(DEFAULTS.scan("最好用的", null)).hasSize(1);
    }

    @Test
    void latinHandlesCountOnlyAsWholeWords() {
        assertThat(DEFAULTS.scan("加vx聊", "OTHER")).extracting(ClaimMatch::matchedText).containsExactly("vx");
        assertThat(DEFAULTS.scan("my vx: abc", "OTHER")).extracting(ClaimMatch::matchedText).containsExactly("vx");
        assertThat(DEFAULTS.scan("novx", "OTHER")).isEmpty();
        assertThat(DEFAULTS.scan("top10 榜单", "OTHER")).isEmpty();
        assertThat(DEFAULTS.scan("QQ弹弹的果冻", "FOOD")).isEmpty();
    }

    @Test
    void patternsFindPhoneNumbersWrittenAnyWay() {
        for (String phone : List.of("13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
                "①③⑧①②③④⑤⑥⑦⑧", "一三八一二三四五六七八", "壹叁捌壹贰叁肆伍陆柒捌", "１３８１２３４５６７８")) {
            String text = "电话" + phone + "找我";
            assertThat(DEFAULTS.scan(text, "OTHER")).as(phone).extracting(ClaimMatch::matchedText)
                    .containsExactly(phone);
        }
        assertThat(DEFAULTS.scan("订单号138123456789012", "OTHER")).isEmpty();
        assertThat(DEFAULTS.scan("到手价9.9元，已售13000件", "OTHER")).isEmpty();
    }

    @Test
    void sameTypeClaimOfTwoRulesIsReportedOnce() {
        assertThat(DEFAULTS.scan("治疗湿疹的宝宝霜", "BABY")).extracting(ClaimMatch::matchedText)
                .containsExactly("治疗湿疹");
    }

    @Test
    void maxTermLengthIsTheLongestNormalisedTerm() {
        ClaimEngine engine = ClaimEngine.compile(
                List.of(rule("r", List.of("最 好", "全網最低價"), List.of(), List.of(), Set.of())));
        assertThat(engine.maxTermLength()).isEqualTo(5);
        assertThat(DEFAULTS.maxTermLength()).isBetween(4, 12);
    }

    @Test
    void badRulesAreRejectedNamingTheRuleAndTheProblem() {
        assertThatThrownBy(() -> rule(" ", List.of("x"), List.of(), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id is blank");
        assertThatThrownBy(() -> new ClaimRule("r", 0, ClaimType.ABSOLUTE_TERM, List.of("x"), List.of(), List.of(),
                Set.of(), "law")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule 'r'").hasMessageContaining("version 0");
        assertThatThrownBy(() -> rule("r", List.of(), List.of(), List.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither terms nor patterns");
        assertThatThrownBy(() -> ClaimEngine.compile(List.of(rule("r", List.of(), List.of("(最"), List.of(),
                Set.of())))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule 'r'")
                .hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> ClaimEngine.compile(List.of(rule("r", List.of(), List.of("a*"), List.of(),
                Set.of())))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty string");
        assertThatThrownBy(() -> ClaimEngine.compile(List.of(rule("r", List.of("***"), List.of(), List.of(),
                Set.of())))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty once normalised");
        assertThatThrownBy(() -> ClaimEngine.compile(List.of(rule("r", List.of("a"), List.of(), List.of(), Set.of()),
                rule("r", List.of("b"), List.of(), List.of(), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> rule("r", List.of("a"), List.of(), List.of(), Set.of("food")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category 'food'");
    }

    @Test
    void rulesAreCopiedSoThatLaterChangesToTheListsHaveNoEffect() {
        List<String> terms = new ArrayList<>(List.of("最好"));
        ClaimRule r = rule("r", terms, null, null, null);
        terms.add("第一");
        assertThat(r.terms()).containsExactly("最好");
        assertThat(r.patterns()).isEmpty();
        assertThat(r.categories()).isEmpty();
    }

    @Test
    void emptyAndSeparatorOnlyTextsHaveNoMatches() {
        assertThat(DEFAULTS.scan("", "FOOD")).isEmpty();
        assertThat(DEFAULTS.scan("  ***  ", "FOOD")).isEmpty();
    }

    @Test
    void longTextsAreScannedWhole() {
        String text = "普通的描述文字，".repeat(20_000) + "全网最低价";
        assertThat(DEFAULTS.scan(text, "OTHER")).extracting(ClaimMatch::start).containsExactly(text.length() - 5);
    }

    @Test
    void scansFromManyThreadsAgreeWithASingleThread() throws Exception {
        List<String> texts = List.of("全网最低价", "加我vx", "7天美白", "最好冷藏", "本店最受欢迎", "仿真枪",
                "电话13812345678", "普通的一句话");
        List<List<ClaimMatch>> expected = texts.stream().map(t -> DEFAULTS.scan(t, "COSMETICS")).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 500; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!DEFAULTS.scan(texts.get(i), "COSMETICS").equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }

    @Test
    void aRoomSellingInSeveralCategoriesIsScannedWithTheRulesOfEach() {
        String text = "这款面霜能美白祛斑，燕窝喝了能治疗失眠";
        List<ClaimMatch> cosmeticsOnly = DEFAULTS.scan(text, "COSMETICS");
        List<ClaimMatch> foodOnly = DEFAULTS.scan(text, "FOOD");
        List<ClaimMatch> both = DEFAULTS.scanInCategories(text, List.of("COSMETICS", "FOOD"));
        assertThat(both).extracting(ClaimMatch::matchedText)
                .containsAll(cosmeticsOnly.stream().map(ClaimMatch::matchedText).toList())
                .containsAll(foodOnly.stream().map(ClaimMatch::matchedText).toList())
                .doesNotHaveDuplicates();
        assertThat(both).extracting(ClaimMatch::ruleId)
                .contains("efficacy-claims-cosmetics", "efficacy-claims-food");
        assertThat(DEFAULTS.scanInCategories(text, List.of("ELECTRONICS", "HOME")))
                .noneMatch(m -> m.type() == ClaimType.EFFICACY_CLAIM);
    }

    @Test
    void severalCategoriesGiveTheSameAnswerAsOneWhenTheyAreOneAndHealthFoodKeepsItsMedicalContext() {
        assertThat(DEFAULTS.scanInCategories("全网最低价，加我vx", List.of("APPAREL")))
                .isEqualTo(DEFAULTS.scan("全网最低价，加我vx", "APPAREL"));
        assertThat(DEFAULTS.scanInCategories("这款鱼油最好饭后服用", List.of())).isEqualTo(DEFAULTS.scan("这款鱼油最好饭后服用", null));
        assertThat(DEFAULTS.scanInCategories("第一次吃就爱上了这个味道", List.of("APPAREL", "HEALTH_FOOD")))
                .extracting(ClaimMatch::matchedText).containsExactly("第一");
        assertThat(DEFAULTS.scanInCategories("第一次吃就爱上了这个味道", List.of("APPAREL", "FOOD"))).isEmpty();
    }
}
