package dev.livecommerce.moderation.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.ProblemException;
import dev.livecommerce.moderation.appeal.LivestreamAppeal;
import dev.livecommerce.moderation.enforcement.HostRecord;
import dev.livecommerce.moderation.enforcement.LadderConfig;
import dev.livecommerce.moderation.enforcement.Penalty;
import dev.livecommerce.moderation.enforcement.PenaltyKind;
import dev.livecommerce.moderation.enforcement.StrikeRecord;
import dev.livecommerce.moderation.room.Room;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** A host's record for operators, reviewers and the host itself. */
@Path("/hosts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hosts")
public class HostResource {

    private final LadderConfig config;

    HostResource(LadderConfig config) {
        this.config = config;
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "A host's record", description = "Banned or not, unexpired strike points over the host window, and the newest strikes, cuts, bans and appeals, historyLimit each (1-200, default 50). 404 for a host that never hosted a room.")
    public HostView get(@PathParam("id") String hostId,
            @QueryParam("historyLimit") @DefaultValue("50") @Min(1) @Max(200) int historyLimit) {
        if (Room.count("hostId", hostId) == 0) {
            throw ProblemException.notFound("Host " + hostId);
        }
        HostRecord host = HostRecord.findById(hostId);
        OffsetDateTime from = OffsetDateTime.now(ZoneOffset.UTC).minusDays(config.host().windowDays());
        int active = StrikeRecord.activeOfHost(hostId, from).stream().mapToInt(s -> s.points).sum();
        Page page = Page.ofSize(historyLimit);
        List<HostView.StrikeEntry> strikes = StrikeRecord.<StrikeRecord>find("hostId", Sort.descending("struckAt"),
                hostId).page(page).list().stream()
                .map(s -> new HostView.StrikeEntry(s.violationId, s.roomId, s.ruleId, s.ruleVersion, s.severity,
                        s.points, s.struckAt, s.voidedBy))
                .toList();
        return new HostView(hostId, host != null && host.bannedBy != null, host == null ? null : host.bannedBy,
                active, strikes, penalties(hostId, PenaltyKind.CUT, page), penalties(hostId, PenaltyKind.BAN, page),
                LivestreamAppeal.<LivestreamAppeal>find("hostId", Sort.descending("filedAt"), hostId).page(page)
                        .list().stream()
                        .map(a -> new HostView.AppealEntry(a.appealId, a.penaltyId, a.penaltyKind.name(),
                                a.status.name(), a.filedAt, a.decidedAt))
                        .toList());
    }

    private static List<HostView.PenaltyEntry> penalties(String hostId, PenaltyKind kind, Page page) {
        return Penalty.<Penalty>find("hostId = ?1 and kind = ?2", Sort.descending("imposedAt"), hostId, kind)
                .page(page).list().stream()
                .map(p -> new HostView.PenaltyEntry(p.penaltyId, p.roomId, p.merchantIds, p.imposedAt, p.banId,
                        p.liftedAt, p.liftedBy))
                .toList();
    }
}
