package dev.livecommerce.governance.campaign;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import dev.livecommerce.governance.rule.Rule;
import dev.livecommerce.governance.rule.RuleDefinition;
import dev.livecommerce.governance.rule.RuleSet;
import dev.livecommerce.governance.rule.RuleStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The campaigns running now, with their rules compiled. Campaigns start and end by the clock, so the list is
 * re-read at most every few seconds rather than on every review.
 */
@ApplicationScoped
public class CampaignCatalog {

    private static final Duration TTL = Duration.ofSeconds(3);

    private record Loaded(List<ActiveCampaign> campaigns, long loadedAtNanos) {
    }

    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    public List<ActiveCampaign> activeFor(String category, String merchantId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return active().stream()
                .filter(c -> c.scope().state(now) == CampaignScope.State.ACTIVE)
                .filter(c -> c.scope().covers(category, merchantId))
                .toList();
    }

    public List<ActiveCampaign> active() {
        Loaded current = loaded.get();
        if (current == null || System.nanoTime() - current.loadedAtNanos() > TTL.toNanos()) {
            current = new Loaded(load(), System.nanoTime());
            loaded.set(current);
        }
        return current.campaigns();
    }

    /** Forgets the cached list, so a campaign just created or cancelled counts at once on this instance. */
    public void invalidate() {
        loaded.set(null);
    }

    private static List<ActiveCampaign> load() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return QuarkusTransaction.joiningExisting().call(() -> Campaign.<Campaign>list(
                "cancelledAt is null and startsAt <= ?1 and endsAt > ?1", now).stream()
                .map(CampaignCatalog::compile).toList());
    }

    static ActiveCampaign compile(Campaign campaign) {
        List<RuleDefinition> rules = campaign.rules.stream()
                .map(ref -> Rule.<Rule>findById(new Rule.Key(ref.id(), ref.version())))
                .filter(rule -> rule != null && rule.status != RuleStatus.RETIRED)
                .map(rule -> rule.definition().withStatus(RuleStatus.LIVE))
                .toList();
        return new ActiveCampaign(campaign.id, campaign.scope(), RuleSet.of(rules));
    }
}
