package dev.livecommerce.governance.penalty;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livecommerce.governance.review.Violation;

/**
 * The points one rule adds in one decision. A rule that matched three spans of a title is one violation: its points
 * count once per decision.
 */
public record RulePoints(String ruleId, int ruleVersion, int points) {

    /** One entry per rule of the decision, in the order the rules first appear; the highest points win a tie. */
    public static List<RulePoints> of(Collection<Violation> violations) {
        Map<String, RulePoints> byRule = new LinkedHashMap<>();
        for (Violation v : violations) {
            RulePoints candidate = new RulePoints(v.ruleId(), v.ruleVersion(), v.points());
            byRule.merge(v.ruleId(), candidate, (kept, other) -> other.points() > kept.points() ? other : kept);
        }
        return List.copyOf(byRule.values());
    }
}
