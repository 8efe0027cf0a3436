package dev.livecommerce.governance.replay;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.rule.Rule;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Starts replays and reads their reports; {@link ReplayRunner} does the work in the background. */
@ApplicationScoped
public class ReplayService {

    @Transactional
    public ReplayView start(String ruleId, int version, String actor) {
        if (Rule.findById(new Rule.Key(ruleId, version)) == null) {
            throw new ProblemException(Problem.of(404, "Not Found", "rule-not-found",
                    "no rule " + ruleId + " version " + version));
        }
        RuleReplay replay = new RuleReplay();
        replay.id = UUID.randomUUID();
        replay.ruleId = ruleId;
        replay.ruleVersion = version;
        replay.requestedBy = actor;
        replay.requestedAt = OffsetDateTime.now(ZoneOffset.UTC);
        replay.total = Listing.count("currentReview is not null");
        replay.persist();
        return ReplayView.of(replay);
    }

    @Transactional
    public ReplayView find(UUID id) {
        RuleReplay replay = RuleReplay.findById(id);
        if (replay == null) {
            throw ProblemException.notFound("Replay " + id);
        }
        return ReplayView.of(replay);
    }
}
