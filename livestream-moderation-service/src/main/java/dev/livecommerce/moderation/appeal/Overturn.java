package dev.livecommerce.moderation.appeal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.livecommerce.kit.outbox.Outbox;
import dev.livecommerce.moderation.enforcement.HostRecord;
import dev.livecommerce.moderation.enforcement.ModerationMetrics;
import dev.livecommerce.moderation.enforcement.Penalty;
import dev.livecommerce.moderation.enforcement.PenaltyKind;
import dev.livecommerce.moderation.enforcement.PenaltyStrike;
import dev.livecommerce.moderation.enforcement.StrikeRecord;
import dev.livecommerce.moderation.events.LivestreamPenaltyLifted;
import dev.livecommerce.moderation.room.Room;
import dev.livecommerce.moderation.room.RoomDirectoryCache;

/**
 * What an overturn undoes. A cut: the cut is lifted (the room id may start again), the strikes it counted are
 * removed, and a ban that counted it falls with it. A ban: the ban and the cuts it counted are lifted, with their
 * strikes. Every rule version behind a removed strike gets one more overturn. One compensating event says all of it.
 * Rooms are locked before the host, the order the ladder takes them in.
 */
@ApplicationScoped
class Overturn {

    private final EntityManager em;
    private final Outbox outbox;
    private final ModerationMetrics metrics;
    private final RoomDirectoryCache directory;

    Overturn(EntityManager em, Outbox outbox, ModerationMetrics metrics, RoomDirectoryCache directory) {
        this.em = em;
        this.outbox = outbox;
        this.metrics = metrics;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void compensate(LivestreamAppeal appeal, OffsetDateTime now) {
        Penalty appealed = Penalty.findById(appeal.penaltyId);
        List<Penalty> cuts = new ArrayList<>();
        Penalty ban = null;
        if (appealed.kind == PenaltyKind.CUT) {
            cuts.add(appealed);
            if (appealed.banId != null) {
                ban = Penalty.<Penalty>findById(appealed.banId);
            }
        } else {
            ban = appealed;
            cuts.addAll(Penalty.cutsCountedBy(ban.penaltyId).stream().filter(Penalty::inForce).toList());
        }
        cuts.sort(Comparator.comparing(c -> c.roomId));
        List<LivestreamPenaltyLifted.LiftedPenalty> lifted = new ArrayList<>();
        Set<UUID> voided = new LinkedHashSet<>();
        for (Penalty cut : cuts) {
            Room.lock(cut.roomId).ifPresent(room -> {
                if (room.sessionNo == cut.sessionNo) {
                    room.liftCut();
                    directory.putAfterCommit(room.toLiveRoom());
                }
            });
            cut.lift(appeal.appealId, now);
            lifted.add(new LivestreamPenaltyLifted.LiftedPenalty(cut.penaltyId, PenaltyKind.CUT.name(), cut.roomId,
                    cut.merchantIds.get(0)));
            voided.addAll(PenaltyStrike.violationsOf(cut.penaltyId));
        }
        HostRecord host = HostRecord.lock(appeal.hostId);
        if (ban != null && ban.inForce()) {
            ban.lift(appeal.appealId, now);
            if (ban.penaltyId.equals(host.bannedBy)) {
                host.bannedBy = null;
            }
            lifted.add(new LivestreamPenaltyLifted.LiftedPenalty(ban.penaltyId, PenaltyKind.BAN.name(), null,
                    ban.merchantIds.get(0)));
        }
        List<StrikeRecord> strikes = voided.isEmpty()
                ? List.of()
                : StrikeRecord.list("violationId in ?1 and voidedBy is null", voided);
        strikes.forEach(s -> s.voidedBy = appeal.appealId);
        List<LivestreamPenaltyLifted.RuleOverturns> rules = countAgainstRules(strikes, now);
        outbox.publish(LivestreamPenaltyLifted.NAME, appeal.hostId, new LivestreamPenaltyLifted(appeal.appealId,
                appeal.hostId, lifted, strikes.stream().map(s -> s.violationId).toList(), rules,
                host.bannedBy != null, now));
        metrics.overturnAfterCommit(appealed.kind);
    }

    private List<LivestreamPenaltyLifted.RuleOverturns> countAgainstRules(List<StrikeRecord> strikes,
            OffsetDateTime now) {
        Map<String, StrikeRecord> byRuleVersion = new LinkedHashMap<>();
        strikes.forEach(s -> byRuleVersion.putIfAbsent(s.ruleId + "@" + s.ruleVersion, s));
        List<LivestreamPenaltyLifted.RuleOverturns> counts = new ArrayList<>();
        for (StrikeRecord s : byRuleVersion.values()) {
            Number overturns = (Number) em.createNativeQuery("insert into rule_overturn (rule_id, rule_version,"
                    + " overturns, last_overturned_at) values (?1, ?2, 1, ?3) on conflict (rule_id, rule_version)"
                    + " do update set overturns = rule_overturn.overturns + 1, last_overturned_at = excluded"
                    + ".last_overturned_at returning overturns")
                    .setParameter(1, s.ruleId).setParameter(2, s.ruleVersion).setParameter(3, now)
                    .getSingleResult();
            counts.add(new LivestreamPenaltyLifted.RuleOverturns(s.ruleId, s.ruleVersion, overturns.intValue()));
        }
        return counts;
    }
}
