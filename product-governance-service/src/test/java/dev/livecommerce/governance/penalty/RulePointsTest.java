package dev.livecommerce.governance.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.review.RuleRef;
import dev.livecommerce.governance.review.Severity;
import dev.livecommerce.governance.review.Violation;
import dev.livecommerce.governance.review.ViolationType;

class RulePointsTest {

    private static final RuleRef ABSOLUTE = new RuleRef("ad-law-absolute-terms", 7, Severity.MEDIUM, 3, "Art. 9");
    private static final RuleRef EFFICACY = new RuleRef("cosmetics-efficacy-claims", 3, Severity.HIGH, 6, "Art. 43");

    @Test
    void aRuleThatMatchedSeveralSpansCountsOnce() {
        List<Violation> findings = List.of(
                Violation.inText(ABSOLUTE, ViolationType.ABSOLUTE_TERM, "title", 2, 4, "最好"),
                Violation.inText(EFFICACY, ViolationType.EFFICACY_CLAIM, "description", 0, 6, "7天祛斑美白"),
                Violation.inText(ABSOLUTE, ViolationType.ABSOLUTE_TERM, "description", 12, 15, "国家级"));

        assertEquals(List.of(new RulePoints("ad-law-absolute-terms", 7, 3),
                new RulePoints("cosmetics-efficacy-claims", 3, 6)), RulePoints.of(findings));
    }

    @Test
    void noFindingsNoPoints() {
        assertEquals(List.of(), RulePoints.of(List.of()));
    }

    @Test
    void zeroPointRulesAreKeptForTheRecord() {
        RuleRef shadowLike = new RuleRef("merchant-risk", 2, Severity.LOW, 0, "Platform rules 4.2");

        assertEquals(List.of(new RulePoints("merchant-risk", 2, 0)),
                RulePoints.of(List.of(Violation.withoutSpan(shadowLike, ViolationType.MERCHANT_RISK))));
    }
}
