package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exemptions of the 2023 guideline on absolute terms, one kind per test, each with the case just outside it,
 * and the medical and health-food context in which none of them applies.
 */
class AbsoluteTermExemptionTest {

    private static final ClaimEngine ENGINE = ClaimEngine.compile(DefaultClaimRules.load());

    private static List<String> absolute(String text, String category) {
        return ENGINE.scan(text, category).stream()
                .filter(m -> m.type() == ClaimType.ABSOLUTE_TERM)
                .map(ClaimMatch::matchedText)
                .toList();
    }

    @Test
    void usageAdvice() {
        assertThat(absolute("收到后最好冷藏", "FOOD")).isEmpty();
        assertThat(absolute("开封后最好三天内吃完", "FOOD")).isEmpty();
        assertThat(absolute("这款羊毛衫最好手洗", "APPAREL")).isEmpty();
        assertThat(absolute("最佳赏味期30天", "FOOD")).isEmpty();
        assertThat(absolute("这是最好的面霜", "COSMETICS")).containsExactly("最好");
        assertThat(absolute("这款再合适不过，真是最好不过了", "COSMETICS")).containsExactly("最好");
    }

    @Test
    void sequenceAndTime() {
        assertThat(absolute("第一次购买的宝宝", "FOOD")).isEmpty();
        assertThat(absolute("第一步先洁面", "COSMETICS")).isEmpty();
        assertThat(absolute("第一批货周五到", "FRESH_PRODUCE")).isEmpty();
        assertThat(absolute("下单后第一时间发货", "OTHER")).isEmpty();
        assertThat(absolute("第一，面料好；第二，做工好", "APPAREL")).isEmpty();
        assertThat(absolute("全网第一批上市", "OTHER")).containsExactly("全网第一");
        assertThat(absolute("第一名的品质", "OTHER")).containsExactly("第一名");
    }

    @Test
    void selfComparisonInsideOnesOwnShop() {
        assertThat(absolute("本店最受欢迎的款", "APPAREL")).isEmpty();
        assertThat(absolute("我们店里卖得最好的一款", "HOME")).isEmpty();
        assertThat(absolute("本店全网最好用", "HOME")).containsExactly("最好用");
        assertThat(absolute("最受欢迎的款", "APPAREL")).containsExactly("最受欢迎");
    }

    @Test
    void gradeSetByAStandard() {
        assertThat(absolute("特级初榨橄榄油", "FOOD")).isEmpty();
        assertThat(absolute("西湖龙井 特级 明前", "FOOD")).isEmpty();
        assertThat(absolute("一级能效空调", "ELECTRONICS")).isEmpty();
        assertThat(absolute("国家级非物质文化遗产", "HOME")).isEmpty();
        assertThat(absolute("特级品质", "OTHER")).containsExactly("特级");
        assertThat(absolute("国家级品质", "OTHER")).containsExactly("国家级");
    }

    @Test
    void registeredTrademark() {
        assertThat(absolute("第一坊®手工皂", "COSMETICS")).isEmpty();
        assertThat(absolute("极品™红茶", "FOOD")).isEmpty();
        assertThat(absolute("极品牌榨菜", "FOOD")).isEmpty();
        assertThat(absolute("第一品牌", "OTHER")).containsExactly("第一品牌");
        assertThat(absolute("最好的牌子", "OTHER")).containsExactly("最好");
        assertThat(absolute("第一大牌", "OTHER")).containsExactly("第一");
    }

    @Test
    void datedAndSourcedRanking() {
        assertThat(absolute("2023年天猫销量排名第一（数据来源：天猫2023年度榜单）", "FOOD")).isEmpty();
        assertThat(absolute("2023年销量第一", "FOOD")).containsExactly("销量第一");
        assertThat(absolute("销量第一（数据来源：品牌统计）", "FOOD")).containsExactly("销量第一");
        assertThat(absolute("2023年最好的面霜（数据来源：品牌统计）", "COSMETICS")).containsExactly("最好");
    }

    @Test
    void fixedPhrasesOfTheRule() {
        assertThat(absolute("唯一的缺点就是太好吃", "FOOD")).isEmpty();
        assertThat(absolute("安全第一", "BABY")).isEmpty();
        assertThat(absolute("唯一正品渠道", "COSMETICS")).containsExactly("唯一");
    }

    @Test
    void noExemptionInHealthFood() {
        assertThat(absolute("最好饭后服用", "HEALTH_FOOD")).containsExactly("最好");
        assertThat(absolute("第一次吃", "HEALTH_FOOD")).containsExactly("第一");
        assertThat(absolute("本店最受欢迎的款", "HEALTH_FOOD")).containsExactly("最受欢迎");
    }

    @Test
    void noExemptionNearMedicalWordsOrEfficacyClaims() {
        assertThat(absolute("第一个疗程", "FOOD")).containsExactly("第一");
        assertThat(absolute("最好早上空腹喝，能治胃病", "FOOD")).containsExactly("最好");
        assertThat(absolute("第一次喝就降血压", "FOOD")).containsExactly("第一");
        assertThat(absolute("第一次喝就爱上了", "FOOD")).isEmpty();
    }
}
