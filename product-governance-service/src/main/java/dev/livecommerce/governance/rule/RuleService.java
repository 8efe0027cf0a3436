package dev.livecommerce.governance.rule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.events.RuleChanged;
import dev.livecommerce.governance.events.RuleChanged.Change;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Creates, versions and moves rules; every change commits with its rule-changed event. */
@ApplicationScoped
public class RuleService {

    private final Outbox outbox;

    RuleService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public RuleView create(NewRuleRequest request, String actor) {
        if (Rule.count("id", request.id()) > 0) {
            throw new ProblemException(Problem.of(409, "Conflict", "rule-exists",
                    "rule '" + request.id() + "' exists; add a version with POST /rules/" + request.id()
                            + "/versions"));
        }
        return RuleView.of(store(request.definition().toDefinition(request.id(), 1), request.definition().note(),
                actor, Change.CREATED));
    }

    /** An edit is a new DRAFT version; the versions that decided listings stay as they were. */
    @Transactional
    public RuleView edit(String id, RuleRequest request, String actor) {
        List<Rule> versions = lockVersions(id);
        int next = versions.stream().mapToInt(r -> r.version).max().orElseThrow() + 1;
        return RuleView.of(store(request.toDefinition(id, next), request.note(), actor, Change.EDITED));
    }

    @Transactional
    public RuleView changeStatus(String id, int version, StatusChangeRequest request, String actor) {
        return RuleView.of(moveTo(id, version, request.status(), actor, request.reason(), Change.STATUS_CHANGED));
    }

    /** Moves a live rule back to shadow: it keeps running, recorded, with no effect. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void demoteToShadow(String id, int version, String reason) {
        moveTo(id, version, RuleStatus.SHADOW, "auto-demotion", reason, Change.AUTO_DEMOTED);
    }

    @Transactional
    public List<RuleView> list(Optional<RuleStatus> status) {
        List<Rule> rules = status.isPresent()
                ? Rule.list("status = ?1 order by id, version", status.get())
                : Rule.list("order by id, version");
        return rules.stream().map(RuleView::of).toList();
    }

    @Transactional
    public List<RuleView> versions(String id) {
        List<Rule> versions = Rule.list("id = ?1 order by version", id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        return versions.stream().map(RuleView::of).toList();
    }

    @Transactional
    public RuleView version(String id, int version) {
        Rule rule = Rule.findById(new Rule.Key(id, version));
        if (rule == null) {
            throw notFound(id + " version " + version);
        }
        return RuleView.of(rule);
    }

    private Rule store(RuleDefinition definition, String note, String actor, Change change) {
        List<String> problems = new ArrayList<>(definition.problems());
        if (problems.isEmpty() && RuleSet.isTextRule(definition)) {
            try {
                RuleSet.compile(List.of(definition));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.of(422,
                    "Unprocessable Content", "invalid-rule", "the rule definition is not usable: "
                            + String.join("; ", problems)));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Rule rule = new Rule();
        rule.id = definition.id();
        rule.version = definition.version();
        rule.status = RuleStatus.DRAFT;
        rule.kind = definition.kind();
        rule.type = definition.type();
        rule.severity = definition.severity();
        rule.points = definition.points();
        rule.action = definition.action();
        rule.legalBasis = definition.legalBasis();
        rule.categories = definition.categories().stream().sorted().toArray(String[]::new);
        rule.params = definition.params();
        rule.note = note;
        rule.createdBy = actor;
        rule.createdAt = now;
        rule.statusChangedAt = now;
        rule.persist();
        publish(rule, null, change, actor, note, now);
        return rule;
    }

    private Rule moveTo(String id, int version, RuleStatus target, String actor, String reason, Change change) {
        List<Rule> versions = lockVersions(id);
        Rule rule = versions.stream().filter(r -> r.version == version).findFirst()
                .orElseThrow(() -> notFound(id + " version " + version));
        if (rule.status == target) {
            return rule;
        }
        if (!RuleTransitions.allowed(rule.status, target)) {
            throw new ProblemException(Problem.of(409, "Conflict", "illegal-rule-transition",
                    "rule " + id + " version " + version + " is " + rule.status + " and cannot become " + target));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Rule other : versions) {
            if (other != rule && other.status == target && target != RuleStatus.DRAFT) {
                if (target == RuleStatus.SHADOW && change != Change.AUTO_DEMOTED) {
                    throw new ProblemException(Problem.of(409, "Conflict", "shadow-slot-taken",
                            "rule " + id + " version " + other.version + " is already in SHADOW; retire it or "
                                    + "move it back to DRAFT first"));
                }
                // A new live (or demoted) version replaces the one that held the slot.
                setStatus(other, RuleStatus.RETIRED, actor, "replaced by version " + version, change, now);
            }
        }
        setStatus(rule, target, actor, reason, change, now);
        return rule;
    }

    private void setStatus(Rule rule, RuleStatus target, String actor, String reason, Change change,
            OffsetDateTime now) {
        RuleStatus previous = rule.status;
        rule.status = target;
        rule.statusChangedAt = now;
        // The partial unique indexes see each row as it is flushed: write in order.
        Rule.getEntityManager().flush();
        publish(rule, previous, change, actor, reason, now);
    }

    private void publish(Rule rule, RuleStatus previous, Change change, String actor, String reason,
            OffsetDateTime now) {
        outbox.publish(RuleChanged.NAME, rule.id, new RuleChanged(rule.id, rule.version, rule.status, previous,
                change, actor, reason, now));
    }

    private static List<Rule> lockVersions(String id) {
        List<Rule> versions = Rule.<Rule>find("id = ?1 order by version", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        return versions;
    }

    private static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", "rule-not-found", "no rule " + what));
    }
}
