package dev.livecommerce.governance.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimMatch;
import dev.livecommerce.governance.rule.RuleAction;
import dev.livecommerce.governance.rule.RuleDefinition;
import dev.livecommerce.governance.rule.RuleSet;

/**
 * Decides a listing from its facts and a rule set. Any live INTERCEPT rule that fires intercepts; otherwise any
 * MANUAL_REVIEW rule that fires queues the listing for a reviewer; otherwise it is approved. Shadow rules are
 * evaluated the same way and only reported. Campaign rule sets add their rules to the live ones.
 */
public final class ListingReviewer {

    static final String TITLE = "title";
    static final String DESCRIPTION = "description";

    public ReviewResult review(ListingFacts facts, RuleSet rules, List<RuleSet> campaigns) {
        Map<String, Violation> fired = new LinkedHashMap<>();
        Map<String, RuleAction> actions = new LinkedHashMap<>();
        collect(facts, rules.live(), textHits(facts, rules.liveClaims()), fired, actions);
        for (RuleSet campaign : campaigns) {
            collect(facts, campaign.live(), textHits(facts, campaign.liveClaims()), fired, actions);
        }
        List<ShadowFinding> shadow = new ArrayList<>();
        Map<String, List<ClaimMatchIn>> shadowHits = rules.shadow().isEmpty()
                ? Map.of()
                : textHits(facts, rules.shadowClaims());
        for (RuleDefinition rule : rules.shadow()) {
            if (!rule.appliesTo(facts.category())) {
                continue;
            }
            List<Violation> found = findings(facts, rule, shadowHits);
            shadow.add(new ShadowFinding(rule.ref(), !found.isEmpty(), rule.action().name(),
                    found.isEmpty() ? null : evidence(found.get(0))));
        }
        return new ReviewResult(new ReviewDecision(outcome(actions.values()), List.copyOf(fired.values())), shadow);
    }

    private void collect(ListingFacts facts, List<RuleDefinition> rules, Map<String, List<ClaimMatchIn>> textHits,
            Map<String, Violation> fired, Map<String, RuleAction> actions) {
        for (RuleDefinition rule : rules) {
            if (!rule.appliesTo(facts.category())) {
                continue;
            }
            for (Violation v : findings(facts, rule, textHits)) {
                String key = v.ruleId() + '@' + v.ruleVersion() + '/' + v.field() + ':' + v.start() + '-' + v.end();
                fired.putIfAbsent(key, v);
                actions.merge(rule.id() + '@' + rule.version(), rule.action(), (a, b) -> a);
            }
        }
    }

    /** The findings of one rule; text rules read the matches of one scan of the texts per rule set. */
    List<Violation> findings(ListingFacts facts, RuleDefinition rule, Map<String, List<ClaimMatchIn>> textHits) {
        return switch (rule.kind()) {
            case TERM_LIST, PATTERN -> textHits.getOrDefault(key(rule.id(), rule.version()), List.of()).stream()
                    .map(hit -> Violation.inText(rule.ref(), rule.type(), hit.field(), hit.match().start(),
                            hit.match().end(), hit.match().matchedText()))
                    .toList();
            case QUALIFICATION -> facts.missingQualifications().isEmpty()
                    ? List.of()
                    : List.of(Violation.withoutSpan(rule.ref(), rule.type()));
            case PRICE_ANOMALY -> PriceAnomaly.fires(facts, rule.params())
                    ? List.of(Violation.withoutSpan(rule.ref(), rule.type()))
                    : List.of();
            case IMAGE_MATCH -> facts.imageMatches().stream()
                    .filter(m -> m.distance() <= rule.params().distanceMax())
                    .findFirst()
                    .map(m -> List.of(Violation.withoutSpan(rule.ref(), rule.type())))
                    .orElse(List.of());
            case MERCHANT_RISK -> MerchantRisk.fires(facts.merchant(), rule.params())
                    ? List.of(Violation.withoutSpan(rule.ref(), rule.type()))
                    : List.of();
        };
    }

    /** A claim match and the field it was found in. */
    record ClaimMatchIn(String field, ClaimMatch match) {
    }

    static Map<String, List<ClaimMatchIn>> textHits(ListingFacts facts, ClaimEngine claims) {
        Map<String, List<ClaimMatchIn>> hits = new LinkedHashMap<>();
        scan(claims, TITLE, facts.title(), facts.category(), hits);
        scan(claims, DESCRIPTION, facts.description(), facts.category(), hits);
        return hits;
    }

    private static void scan(ClaimEngine claims, String field, String text, String category,
            Map<String, List<ClaimMatchIn>> hits) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (ClaimMatch match : claims.scan(text, category)) {
            hits.computeIfAbsent(key(match.ruleId(), match.ruleVersion()), k -> new ArrayList<>())
                    .add(new ClaimMatchIn(field, match));
        }
    }

    private static String key(String ruleId, int version) {
        return ruleId + '@' + version;
    }

    private static String evidence(Violation v) {
        return v.matchedText() != null ? v.field() + ": " + v.matchedText() : v.type().name();
    }

    private static Outcome outcome(Iterable<RuleAction> actions) {
        Outcome outcome = Outcome.APPROVED;
        for (RuleAction action : actions) {
            if (action == RuleAction.INTERCEPT) {
                return Outcome.INTERCEPTED;
            }
            outcome = Outcome.MANUAL_REVIEW;
        }
        return outcome;
    }
}
