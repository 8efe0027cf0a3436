package dev.livecommerce.governance.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        Listing listing = Listing.findById(submitted.listingId(), LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            // Submitted by another producer of the contract (the platform's catalogue): adopt it.
            listing = decisions.adopt(submitted);
        } else if (!listing.merchantId.equals(submitted.merchantId())) {
            throw new PoisonMessageException("listing " + submitted.listingId() + " belongs to another merchant");
        }
        if (submitted.revisionOrFirst() != listing.revision || reviewedRevision(listing)
                || listing.status == ListingStatus.TAKEN_DOWN) {
            return; // an older revision, superseded by an edit; decided already; or taken down on a complaint
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

    private static boolean reviewedRevision(Listing listing) {
        return listing.currentReview != null && listing.currentReview.revision == listing.revision;
    }

    /**
     * A reviewer's decision on a listing queued for manual review: APPROVED, or INTERCEPTED on the findings that
     * sent it to the queue. Refused unless that queued decision is still the one in force.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListingReview recordReviewerDecision(UUID listingId, UUID manualReviewId, Outcome outcome,
            String reviewerId, String note) {
        if (outcome == Outcome.MANUAL_REVIEW) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "invalid-reviewer-outcome",
                    "a reviewer decides APPROVED or INTERCEPTED, not MANUAL_REVIEW"));
        }
        Listing listing = Listing.findById(listingId, LockModeType.PESSIMISTIC_WRITE);
        ListingReview queued = listing == null ? null : listing.currentReview;
        if (queued == null || !queued.id.equals(manualReviewId) || queued.outcome != Outcome.MANUAL_REVIEW) {
            throw new ProblemException(Problem.of(409, "Conflict", "review-superseded",
                    "listing " + listingId + " is no longer waiting for manual review " + manualReviewId
                            + " (it was decided or edited since)"));
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
        outbox.publish(ListingReviewed.NAME, listing.id.toString(), new ListingReviewed(listing.id, review.id,
                review.revision, listing.merchantId, decision.outcome(), decidedBy, reviewerId,
                decision.violations(), now));
        return review;
    }
}
