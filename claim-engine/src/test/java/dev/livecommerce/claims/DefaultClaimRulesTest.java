package dev.livecommerce.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultClaimRulesTest {

    private static final Set<String> CATEGORIES = Set.of("FOOD", "COSMETICS", "APPAREL", "ELECTRONICS", "HOME",
            "HEALTH_FOOD", "FRESH_PRODUCE", "BABY", "OTHER");

    @Test
    void theDefaultRuleSetHasItsStableIdsAndCoversEveryType() {
        List<ClaimRule> rules = DefaultClaimRules.load();
        assertThat(rules).extracting(ClaimRule::id).containsExactly("absolute-terms", "efficacy-claims-food",
                "efficacy-claims-cosmetics", "off-platform-contact", "false-price", "prohibited-goods");
        assertThat(rules).extracting(ClaimRule::version).containsOnly(1);
        assertThat(rules).extracting(ClaimRule::type).containsAll(List.of(ClaimType.values()));
        assertThat(rules).allSatisfy(r -> assertThat(r.legalBasis()).isNotBlank());
        assertThat(rules.stream().mapToInt(r -> r.terms().size()).sum()).isGreaterThan(300);
        assertThat(rules).allSatisfy(r -> assertThat(CATEGORIES).containsAll(r.categories()));
    }

    @Test
    void efficacyRulesApplyToFoodCosmeticsAndBabyOnly() {
        Set<String> covered = new HashSet<>();
        DefaultClaimRules.load().stream().filter(r -> r.type() == ClaimType.EFFICACY_CLAIM)
                .forEach(r -> covered.addAll(r.categories()));
        assertThat(covered).containsExactlyInAnyOrder("FOOD", "HEALTH_FOOD", "FRESH_PRODUCE", "COSMETICS", "BABY");
    }

    @Test
    void theDefaultRulesCompile() {
        assertThat(ClaimEngine.compile(DefaultClaimRules.load()).rules()).hasSize(6);
    }
}
