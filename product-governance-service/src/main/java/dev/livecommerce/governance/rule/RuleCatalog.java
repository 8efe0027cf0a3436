package dev.livecommerce.governance.rule;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The rule set this instance reviews with. Loaded at start and again on every rule-changed event; a review takes
 * the set once, so a reload never changes rules under a review in progress.
 */
@ApplicationScoped
public class RuleCatalog {

    private static final Logger LOG = Logger.getLogger(RuleCatalog.class);

    private final AtomicReference<RuleSet> current = new AtomicReference<>();
    private final MeterRegistry meters;

    RuleCatalog(MeterRegistry meters) {
        this.meters = meters;
    }

    void onStart(@Observes StartupEvent start) {
        reload();
    }

    public RuleSet current() {
        RuleSet rules = current.get();
        return rules != null ? rules : reload();
    }

    /** Reads the live and shadow rules and swaps them in at once. */
    public synchronized RuleSet reload() {
        List<RuleDefinition> rules = QuarkusTransaction.joiningExisting().call(() -> Rule.<Rule>list(
                "status in ?1", List.of(RuleStatus.LIVE, RuleStatus.SHADOW)).stream().map(Rule::definition).toList());
        RuleSet loaded = RuleSet.of(rules);
        current.set(loaded);
        meters.counter("governance.rules.reloads").increment();
        LOG.infof("rules loaded: %d live, %d shadow", loaded.live().size(), loaded.shadow().size());
        return loaded;
    }
}
