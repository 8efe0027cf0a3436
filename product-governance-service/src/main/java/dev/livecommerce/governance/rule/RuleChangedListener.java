package dev.livecommerce.governance.rule;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.livecommerce.governance.events.RuleChanged;
import dev.livecommerce.kit.events.CloudEventCodec;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Every instance reads rule-changed in a consumer group of its own (see application.properties), so each one
 * reloads; a reload reads the database, so a duplicate or a missed intermediate event changes nothing.
 */
@ApplicationScoped
public class RuleChangedListener {

    static final String CHANNEL = "rule-changes";

    private final CloudEventCodec codec;
    private final RuleCatalog catalog;

    RuleChangedListener(CloudEventCodec codec, RuleCatalog catalog) {
        this.codec = codec;
        this.catalog = catalog;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void onRuleChanged(byte[] value) {
        codec.decode(RuleChanged.NAME, value, RuleChanged.class);
        catalog.reload();
    }
}
