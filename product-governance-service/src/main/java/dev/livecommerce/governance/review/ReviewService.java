package dev.livecommerce.governance.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.campaign.ActiveCampaign;
import dev.livecommerce.governance.campaign.CampaignCatalog;
import dev.livecommerce.governance.campaign.CampaignChecks;
import dev.livecommerce.governance.events.ListingReviewed;
import dev.livecommerce.governance.events.ListingSubmitted;
import dev.livecommerce.governance.listing.Listing;
import dev.livecommerce.governance.listing.ListingDecisions;
import dev.livecommerce.governance.listing.ListingReview;
import dev.livecommerce.governance.listing.ListingStatus;
import dev.livecommerce.governance.listing.ListingViolation;
import dev.livecommerce.governance.rule.RuleCatalog;
import dev.livecommerce.governance.rule.RuleSet;
import dev.livecommerce.kit.events.PoisonMessageException;
import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.kit.outbox.OutgoingEvent;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Reviews listings: every decision, its evidence and its listing-reviewed event commit together. */
@ApplicationScoped
public class ReviewService {

    private final ListingReviewer reviewer = new ListingReviewer();
    private final ListingDecisions decisions;
    private final RuleCatalog rules;
    private final ListingFactsLoader facts;
    private final ShadowRecorder shadow;
    private final CampaignCatalog campaigns;
    private final CampaignChecks campaignChecks;
    private final Outbox outbox;

    ReviewService(ListingDecisions decisions, RuleCatalog rules, ListingFactsLoader facts, ShadowRecorder shadow,
            CampaignCatalog campaigns, CampaignChecks campaignChecks, Outbox outbox) {
        this.decisions = decisions;
        this.rules = rules;
        this.facts = facts;
        this.shadow = shadow;
        this.campaigns = campaigns;
        this.campaignChecks = campaignChecks;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void review(ListingSubmitted submitted) {
        Listing listing = owned(submitted, Listing.findById(submitted.listingId(), LockModeType.PESSIMISTIC_WRITE));
        if (!due(submitted, listing)) {
            return;
        }
        RuleSet ruleSet = rules.current();
        List<ActiveCampaign> inScope = campaigns.activeFor(listing.category.name(), listing.merchantId);
        List<RuleSet> campaignRules = inScope.stream().map(ActiveCampaign::rules).toList();
        ListingFacts listingFacts = facts.load(listing, ruleSet, campaignRules);
        ReviewResult result = reviewer.review(listingFacts, ruleSet, campaignRules);
        ListingReview review = decide(listing, result.decision(), DecidedBy.RULES, null, null);
        shadow.record(review, result.shadow());
        campaignChecks.recordReview(inScope, listing.id, review.id, result.decision(), review.decidedAt);
    }

    /**
     * Reviews a batch of listing-submitted events in the caller's transaction with the same outcome as reviewing them
     * one after the other in the given order, but with a few queries for the whole batch: the listings are locked
     * together (in id order, so two batches never wait on each other in a cycle), their facts are read together,
     * and the decisions' listing-reviewed events are written together, in the batch's order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewAll(List<ListingSubmitted> batch) {
        List<UUID> ids = batch.stream().map(ListingSubmitted::listingId).distinct().sorted().toList();
        Map<UUID, Listing> listings = new LinkedHashMap<>();
        Listing.<Listing>find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .forEach(listing -> listings.put(listing.id, listing));
        Map<UUID, Listing> due = new LinkedHashMap<>();
        for (ListingSubmitted submitted : batch) {
            Listing listing = owned(submitted, listings.get(submitted.listingId()));
            listings.put(listing.id, listing);
            if (due(submitted, listing)) {
                due.put(listing.id, listing);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        RuleSet ruleSet = rules.current();
        Map<UUID, List<ActiveCampaign>> inScope = new LinkedHashMap<>();
        due.values().forEach(l -> inScope.put(l.id, campaigns.activeFor(l.category.name(), l.merchantId)));
        BatchFacts batchFacts = facts.loadAll(due.values(), ruleSet, inScope.values().stream()
                .flatMap(List::stream).distinct().map(ActiveCampaign::rules).toList());
        List<OutgoingEvent> events = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (ListingSubmitted submitted : batch) {
            Listing listing = listings.get(submitted.listingId());
            if (due.get(listing.id) != listing || !due(submitted, listing)) {
                continue;
            }
            List<RuleSet> campaignRules = inScope.get(listing.id).stream().map(ActiveCampaign::rules).toList();
            ReviewResult result = reviewer.review(batchFacts.of(listing), ruleSet, campaignRules);
            ListingReview review = decisions.record(listing, result.decision(), DecidedBy.RULES, null, null, now);
            events.add(reviewed(listing, review, result.decision(), null));
            batchFacts.count(listing.merchantId, result.decision());
            shadow.record(review, result.shadow());
            campaignChecks.recordReview(inScope.get(listing.id), listing.id, review.id, result.decision(), now);
        }
        outbox.publishAll(events);
    }

    /**
     * A campaign sweep's check of a live listing with the campaign's rules alone: a finding takes a new decision
     * (published like any other); a clean listing stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sweep(Listing listing, ActiveCampaign campaign) {
        ListingFacts listingFacts = facts.load(listing, RuleSet.EMPTY, List.of(campaign.rules()));
        ReviewDecision decision = reviewer.review(listingFacts, RuleSet.EMPTY, List.of(campaign.rules())).decision();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (decision.outcome() == Outcome.APPROVED) {
            campaignChecks.record(campaign.id(), listing.id, null, Outcome.APPROVED, now);
            return;
        }
        ListingReview review = decide(listing, decision, DecidedBy.RULES, null, null);
        campaignChecks.record(campaign.id(), listing.id, review.id, decision.outcome(), review.decidedAt);
    }

    /** The listing the event is about; one the service does not know yet is adopted. */
    private Listing owned(ListingSubmitted submitted, Listing listing) {
        if (listing == null) {
            // Submitted by another producer of the contract (the platform's catalogue): adopt it.
            return decisions.adopt(submitted);
        }
        if (!listing.merchantId.equals(submitted.merchantId())) {
            throw new PoisonMessageException("listing " + submitted.listingId() + " belongs to another merchant");
        }
        return listing;
    }

    /** False for an older revision, superseded by an edit; one decided already; or one taken down on a complaint. */
    private static boolean due(ListingSubmitted submitted, Listing listing) {
        return submitted.revisionOrFirst() == listing.revision && !reviewedRevision(listing)
                && listing.status != ListingStatus.TAKEN_DOWN;
    }

    private static boolean reviewedRevision(Listing listing) {
        return listing.currentReview != null && listing.currentReview.revision == listing.revision;
    }

    /**
     * A reviewer's decision on a listing queued for manual review: APPROVED, or INTERCEPTED on the findings that
     * sent it to the queue. Refused unless that queued decision is still the one in force.
     *
     * @throws ReviewSupersededException when it is not, before anything is written
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ReviewSupersededException.class)
    public ListingReview recordReviewerDecision(UUID listingId, UUID manualReviewId, Outcome outcome,
            String reviewerId, String note) {
        if (outcome == Outcome.MANUAL_REVIEW) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "invalid-reviewer-outcome",
                    "a reviewer decides APPROVED or INTERCEPTED, not MANUAL_REVIEW"));
        }
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        ListingReview queued = listing == null ? null : listing.currentReview;
        if (queued == null || !queued.id.equals(manualReviewId) || queued.outcome != Outcome.MANUAL_REVIEW) {
            throw new ReviewSupersededException(listingId, manualReviewId);
        }
        List<Violation> findings = outcome == Outcome.INTERCEPTED
                ? queued.violations.stream().map(ListingViolation::toViolation).toList()
                : List.of();
        return decide(listing, new ReviewDecision(outcome, findings), DecidedBy.REVIEWER, reviewerId, note);
    }

    private ListingReview decide(Listing listing, ReviewDecision decision, DecidedBy decidedBy, String reviewerId,
            String note) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ListingReview review = decisions.record(listing, decision, decidedBy, reviewerId, note, now);
        OutgoingEvent event = reviewed(listing, review, decision, reviewerId);
        outbox.publish(event.eventName(), event.aggregateId(), event.data());
        return review;
    }

    private static OutgoingEvent reviewed(Listing listing, ListingReview review, ReviewDecision decision,
            String reviewerId) {
        return new OutgoingEvent(ListingReviewed.NAME, listing.id.toString(), new ListingReviewed(listing.id,
                review.id, review.revision, listing.merchantId, decision.outcome(), review.decidedBy, reviewerId,
                decision.violations(), review.decidedAt));
    }
}
