package dev.livecommerce.governance.replay;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.listing.ListingReview;
import dev.livecommerce.governance.review.ListingFactsLoader;
import dev.livecommerce.governance.review.ListingReviewer;
import dev.livecommerce.governance.rule.Rule;
import dev.livecommerce.governance.rule.RuleSet;
import dev.livecommerce.governance.rule.RuleStatus;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs replays one bounded batch per tick: the candidate rule alone, as if live, over each stored listing's current
 * revision. Tallies and cursor commit together, so a restart resumes after the last batch without counting twice.
 * Nothing is decided or published.
 */
@ApplicationScoped
public class ReplayRunner {

    private static final long REPLAY_LOCK = 0x5e3e_c0de_0002L;

    private final EntityManager em;
    private final ListingFactsLoader facts;
    private final AppealOutcomes appeals;
    private final ListingReviewer reviewer = new ListingReviewer();
    private final int batchSize;

    ReplayRunner(EntityManager em, ListingFactsLoader facts, AppealOutcomes appeals,
            @ConfigProperty(name = "governance.replays.batch-size", defaultValue = "500") int batchSize) {
        this.em = em;
        this.facts = facts;
        this.appeals = appeals;
        this.batchSize = batchSize;
    }

    @Scheduled(every = "${governance.replays.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void runOneBatch() {
        if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, REPLAY_LOCK).getSingleResult())) {
            return;
        }
        List<RuleReplay> pending = RuleReplay.<RuleReplay>find("finishedAt is null order by requestedAt")
                .page(0, 1).list();
        if (pending.isEmpty()) {
            return;
        }
        RuleReplay replay = pending.get(0);
        Rule rule = Rule.findById(new Rule.Key(replay.ruleId, replay.ruleVersion));
        RuleSet candidate = RuleSet.of(List.of(rule.definition().withStatus(RuleStatus.LIVE)));
        List<Listing> batch = Listing.<Listing>find("currentReview is not null and id > ?1 order by id",
                replay.cursorListingId == null ? new UUID(0, 0) : replay.cursorListingId).page(0, batchSize).list();
        for (Listing listing : batch) {
            tally(listing, replay.ruleId, candidate).addTo(replay);
        }
        if (!batch.isEmpty()) {
            replay.cursorListingId = batch.get(batch.size() - 1).id;
        }
        if (batch.size() < batchSize) {
            replay.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    private ReplayTally tally(Listing listing, String ruleId, RuleSet candidate) {
        ListingReview live = listing.currentReview;
        boolean fired = !reviewer.review(facts.load(listing, candidate, List.of()), candidate, List.of()).decision()
                .violations().isEmpty();
        boolean liveRuleFired = live.violations.stream().anyMatch(v -> v.ruleId.equals(ruleId));
        return new ReplayTally(fired, live.outcome, liveRuleFired, appeals.overturned(listing.id));
    }
}
