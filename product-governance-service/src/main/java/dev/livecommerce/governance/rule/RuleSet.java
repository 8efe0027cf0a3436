package dev.livecommerce.governance.rule;

import java.util.Comparator;
import java.util.List;

import dev.livecommerce.claims.ClaimEngine;
import dev.livecommerce.claims.ClaimRule;
import dev.livecommerce.claims.ClaimType;

/**
 * The rules in force at one moment: the live ones, which decide, and the shadow ones, which are only recorded. Text
 * rules are compiled once per set into the claim engine. Immutable, so a review uses one consistent set from start
 * to end even while a newer set is being loaded.
 */
public final class RuleSet {

    private final List<RuleDefinition> live;
    private final List<RuleDefinition> shadow;
    private final ClaimEngine liveClaims;
    private final ClaimEngine shadowClaims;

    private RuleSet(List<RuleDefinition> live, List<RuleDefinition> shadow) {
        this.live = live;
        this.shadow = shadow;
        this.liveClaims = compile(live);
        this.shadowClaims = compile(shadow);
    }

    public static final RuleSet EMPTY = of(List.of());

    public static RuleSet of(List<RuleDefinition> rules) {
        Comparator<RuleDefinition> byId = Comparator.comparing(RuleDefinition::id);
        return new RuleSet(
                rules.stream().filter(r -> r.status() == RuleStatus.LIVE).sorted(byId).toList(),
                rules.stream().filter(r -> r.status() == RuleStatus.SHADOW).sorted(byId).toList());
    }

    public List<RuleDefinition> live() {
        return live;
    }

    public List<RuleDefinition> shadow() {
        return shadow;
    }

    public ClaimEngine liveClaims() {
        return liveClaims;
    }

    public ClaimEngine shadowClaims() {
        return shadowClaims;
    }

    public RuleDefinition live(String id) {
        return live.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public RuleDefinition shadow(String id) {
        return shadow.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    static ClaimEngine compile(List<RuleDefinition> rules) {
        return ClaimEngine.compile(rules.stream().filter(RuleSet::isTextRule).map(RuleSet::toClaimRule).toList());
    }

    static boolean isTextRule(RuleDefinition rule) {
        return rule.kind() == RuleKind.TERM_LIST || rule.kind() == RuleKind.PATTERN;
    }

    static ClaimRule toClaimRule(RuleDefinition rule) {
        return new ClaimRule(rule.id(), rule.version(), ClaimType.valueOf(rule.type().name()),
                rule.params().termsOrEmpty(), rule.params().patternsOrEmpty(), rule.params().exemptionsOrEmpty(),
                rule.categories(), rule.legalBasis());
    }
}
