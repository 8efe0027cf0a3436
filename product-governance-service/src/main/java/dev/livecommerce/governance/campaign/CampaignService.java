package dev.livecommerce.governance.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.governance.rule.Rule;
import dev.livecommerce.governance.rule.RuleStatus;
import dev.livecommerce.kit.problem.Problem;
import dev.livecommerce.kit.problem.ProblemException;

/** Starts, cancels and reports on campaigns; the sweep runs in {@link CampaignSweeper}. */
@ApplicationScoped
public class CampaignService {

    private final EntityManager em;
    private final CampaignCatalog catalog;

    CampaignService(EntityManager em, CampaignCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    @Transactional
    public CampaignView create(CampaignRequest request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> problems = new ArrayList<>();
        if (!request.endsAt().isAfter(request.startsAt())) {
            problems.add("endsAt must be after startsAt");
        }
        if (!request.endsAt().isAfter(now)) {
            problems.add("endsAt must be in the future");
        }
        for (CampaignRequest.RuleRef ref : request.rules()) {
            Rule rule = Rule.findById(new Rule.Key(ref.id(), ref.version()));
            if (rule == null) {
                problems.add("rule " + ref.id() + " version " + ref.version() + " does not exist");
            } else if (rule.status == RuleStatus.RETIRED) {
                problems.add("rule " + ref.id() + " version " + ref.version() + " is RETIRED");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.of(422, "Unprocessable Content", "invalid-campaign",
                    String.join("; ", problems)));
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.name = request.name();
        campaign.description = request.description() == null ? "" : request.description();
        campaign.rules = request.rules().stream().map(r -> new Campaign.RuleVersion(r.id(), r.version())).toList();
        campaign.categories = names(request.categories());
        campaign.merchantIds = request.merchantIds() == null
                ? new String[0]
                : request.merchantIds().stream().sorted().toArray(String[]::new);
        campaign.startsAt = request.startsAt();
        campaign.endsAt = request.endsAt();
        campaign.createdBy = actor;
        campaign.createdAt = now;
        campaign.persist();
        catalog.invalidate();
        return view(campaign);
    }

    @Transactional
    public CampaignView cancel(UUID id) {
        Campaign campaign = Campaign.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign " + id);
        }
        if (campaign.cancelledAt == null) {
            campaign.cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        catalog.invalidate();
        return view(campaign);
    }

    @Transactional
    public CampaignView find(UUID id) {
        Campaign campaign = Campaign.findById(id);
        if (campaign == null) {
            throw ProblemException.notFound("Campaign " + id);
        }
        return view(campaign);
    }

    @Transactional
    public List<CampaignView> list() {
        return Campaign.<Campaign>list("order by createdAt desc").stream().map(this::view).toList();
    }

    private CampaignView view(Campaign campaign) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(distinct c.listing_id),
                       count(distinct c.listing_id) filter (where c.outcome = 'INTERCEPTED'),
                       count(distinct c.listing_id) filter (where c.outcome = 'MANUAL_REVIEW'),
                       count(distinct a.id),
                       count(distinct a.id) filter (where a.status = 'OVERTURNED')
                from campaign_check c
                left join appeal a on a.target_type = 'LISTING_DECISION' and a.target_id = c.review_id
                where c.campaign_id = ?1
                """).setParameter(1, campaign.id).getSingleResult();
        return new CampaignView(campaign.id, campaign.name, campaign.description, campaign.rules,
                List.of(campaign.categories), List.of(campaign.merchantIds), campaign.startsAt, campaign.endsAt,
                campaign.scope().state(OffsetDateTime.now(ZoneOffset.UTC)), campaign.createdBy,
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(), ((Number) counts[3]).longValue(),
                ((Number) counts[4]).longValue(), campaign.swept, campaign.sweepDoneAt != null);
    }

    private static String[] names(Set<Category> categories) {
        return categories == null
                ? new String[0]
                : categories.stream().map(Category::name).sorted()
                        .toArray(String[]::new);
    }
}
