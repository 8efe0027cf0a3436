package dev.livecommerce.governance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.rule.RuleAction;
import dev.livecommerce.governance.rule.RuleDefinition;
import dev.livecommerce.governance.rule.RuleKind;
import dev.livecommerce.governance.rule.RuleParams;
import dev.livecommerce.governance.rule.RuleSet;
import dev.livecommerce.governance.rule.RuleStatus;

class ListingReviewerTest {

    private static final RuleDefinition NATIONAL_LEVEL = text("national-level", RuleStatus.LIVE, "国家级");
    private static final RuleDefinition PRICE = new RuleDefinition("price", 2, RuleStatus.LIVE,
            RuleKind.PRICE_ANOMALY, ViolationType.PRICE_ANOMALY, Severity.LOW, 0, RuleAction.MANUAL_REVIEW, "价格法",
            Set.of(), new RuleParams(null, null, null, 0.1, 10.0, 20, null, null, null, null));
    private static final RuleDefinition SHADOW = text("rarest", RuleStatus.SHADOW, "限量珍藏");

    private final ListingReviewer reviewer = new ListingReviewer();
    private final RuleSet rules = RuleSet.of(List.of(NATIONAL_LEVEL, PRICE, SHADOW));

    @Test
    void anInterceptingRuleWinsAndEveryFindingKeepsItsVersionAndSpan() {
        ReviewResult result = reviewer.review(facts("新款 国家级 吸尘器", 10), rules, List.of());

        assertEquals(Outcome.INTERCEPTED, result.decision().outcome());
        List<Violation> violations = result.decision().violations();
        assertEquals(2, violations.size(), violations.toString());
        Violation text = violations.stream().filter(v -> v.type() == ViolationType.ABSOLUTE_TERM).findFirst()
                .orElseThrow();
        assertEquals(new Violation("national-level", 1, ViolationType.ABSOLUTE_TERM, Severity.MEDIUM, 3, "title", 3,
                6, "国家级", "广告法第九条"), text);
    }

    @Test
    void aManualReviewRuleAloneQueuesTheListing() {
        ReviewResult result = reviewer.review(facts("家用吸尘器", 10), rules, List.of());
        assertEquals(Outcome.MANUAL_REVIEW, result.decision().outcome());
        assertEquals(ViolationType.PRICE_ANOMALY, result.decision().violations().get(0).type());
    }

    @Test
    void shadowRulesAreReportedAndDecideNothing() {
        ReviewResult result = reviewer.review(facts("限量珍藏 吸尘器", 9900), rules, List.of());
        assertEquals(Outcome.APPROVED, result.decision().outcome());
        assertEquals(1, result.shadow().size());
        assertTrue(result.shadow().get(0).fired());
        assertEquals("title: 限量珍藏", result.shadow().get(0).evidence());

        assertFalse(reviewer.review(facts("吸尘器", 9900), rules, List.of()).shadow().get(0).fired());
    }

    @Test
    void campaignRulesAddToTheLiveOnes() {
        RuleSet campaign = RuleSet.of(List.of(text("fake-organic", RuleStatus.LIVE, "有机认证")));
        ReviewResult result = reviewer.review(facts("有机认证 吸尘器", 9900), rules, List.of(campaign));
        assertEquals(Outcome.INTERCEPTED, result.decision().outcome());
        assertEquals("fake-organic", result.decision().violations().get(0).ruleId());
    }

    private static ListingFacts facts(String title, long priceFen) {
        return new ListingFacts(title, "", "ELECTRONICS", priceFen, new ListingFacts.PriceNorm(9900, 50),
                new ListingFacts.MerchantRecord(0, 0, 30), List.of(), List.of());
    }

    private static RuleDefinition text(String id, RuleStatus status, String term) {
        return new RuleDefinition(id, 1, status, RuleKind.TERM_LIST, ViolationType.ABSOLUTE_TERM, Severity.MEDIUM, 3,
                RuleAction.INTERCEPT, "广告法第九条", Set.of(), RuleParams.terms(List.of(term), List.of()));
    }
}
