package dev.livecommerce.governance.campaign;

import java.util.UUID;

import dev.livecommerce.governance.review.Violation;
import dev.livecommerce.governance.rule.RuleSet;

/** A running campaign: its scope and its rules, compiled. */
public record ActiveCampaign(UUID id, CampaignScope scope, RuleSet rules) {

    /** Whether a finding came from one of this campaign's rule versions. */
    public boolean owns(Violation violation) {
        return rules.live().stream().anyMatch(r -> r.id().equals(violation.ruleId())
                && r.version() == violation.ruleVersion());
    }

}
