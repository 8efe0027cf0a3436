package dev.livecommerce.governance.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.ViolationType;

class RuleDefinitionTest {

    @Test
    void aTermListNeedsTermsAndATextType() {
        RuleDefinition rule = rule(RuleKind.TERM_LIST, ViolationType.PRICE_ANOMALY, RuleParams.none());
        assertEquals(List.of(
                "type must be one of [ABSOLUTE_TERM, EFFICACY_CLAIM, OFF_PLATFORM_CONTACT, FALSE_PRICE, "
                        + "PROHIBITED_GOODS] for a TERM_LIST rule, was PRICE_ANOMALY",
                "params.terms must list at least one term for a TERM_LIST rule"), rule.problems());
    }

    @Test
    void patternsMustCompileAndPointsStayInRange() {
        RuleDefinition rule = new RuleDefinition("p", 1, RuleStatus.DRAFT, RuleKind.PATTERN,
                ViolationType.OFF_PLATFORM_CONTACT, Severity.HIGH, 60, RuleAction.INTERCEPT, "basis", Set.of(),
                RuleParams.patterns(List.of("(vx")));
        List<String> problems = rule.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("points must be between 0 and 48"));
        assertTrue(problems.get(1).contains("'(vx' is not a valid regular expression"));
    }

    @Test
    void priceAnomalyRatiosAreChecked() {
        RuleParams params = new RuleParams(null, null, null, 1.5, 0.5, 0, null, null, null, null);
        assertEquals(3, rule(RuleKind.PRICE_ANOMALY, ViolationType.PRICE_ANOMALY, params).problems().size());
    }

    @Test
    void theSeededShapesAreValid() {
        assertTrue(rule(RuleKind.IMAGE_MATCH, ViolationType.STOLEN_IMAGE,
                new RuleParams(null, null, null, null, null, null, 8, null, null, null)).problems().isEmpty());
        assertTrue(rule(RuleKind.MERCHANT_RISK, ViolationType.MERCHANT_RISK,
                new RuleParams(null, null, null, null, null, null, null, 9, 5, 30)).problems().isEmpty());
        assertFalse(rule(RuleKind.MERCHANT_RISK, ViolationType.MERCHANT_RISK,
                new RuleParams(null, null, null, null, null, null, null, null, 5, null)).problems().isEmpty());
    }

    @Test
    void retiredIsFinalAndLiveMayOnlyGoBackToShadowOrRetire() {
        for (RuleStatus to : RuleStatus.values()) {
            assertFalse(RuleTransitions.allowed(RuleStatus.RETIRED, to));
        }
        assertTrue(RuleTransitions.allowed(RuleStatus.LIVE, RuleStatus.SHADOW));
        assertFalse(RuleTransitions.allowed(RuleStatus.LIVE, RuleStatus.DRAFT));
        assertTrue(RuleTransitions.allowed(RuleStatus.DRAFT, RuleStatus.LIVE));
    }

    @Test
    void demotionNeedsEnoughAppealsAndARateAboveTheLimit() {
        OverturnPolicy policy = new OverturnPolicy(0.3, 10);
        assertFalse(policy.demotes(9, 9), "too few appeals to judge");
        assertFalse(policy.demotes(10, 3), "exactly at the limit");
        assertTrue(policy.demotes(10, 4));
        assertEquals("4 of 10 decided appeals overturned (40.0%), above the 30.0% limit", policy.reason(10, 4));
    }

    private static RuleDefinition rule(RuleKind kind, ViolationType type, RuleParams params) {
        return new RuleDefinition("r", 1, RuleStatus.DRAFT, kind, type, Severity.LOW, 1, RuleAction.INTERCEPT,
                "basis", Set.of(), params);
    }
}
