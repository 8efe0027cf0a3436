package dev.livecommerce.moderation.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.livecommerce.kit.problem.ProblemException;

/** The day's moderation totals (UTC day): distinct rooms warned, throttled and cut, hosts banned. */
@Path("/moderation-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Totals")
public class TotalsResource {

    public record Totals(LocalDate date, long roomsWarned, long roomsThrottled, long roomsCut, long hostsBanned,
            long penaltiesLifted) {
    }

    private final EntityManager em;

    TotalsResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Operation(summary = "The day's totals", description = "date=YYYY-MM-DD (UTC), today by default. Counts distinct rooms and hosts with a step imposed that day (lifted ones included) and the cuts and bans lifted that day.")
    public Totals get(@QueryParam("date") String date) {
        LocalDate day = parse(date);
        var from = day.atStartOfDay().atOffset(ZoneOffset.UTC);
        var to = from.plusDays(1);
        Tuple t = (Tuple) em.createNativeQuery("select"
                + " count(distinct room_id) filter (where kind = 'WARNING' and imposed_at >= ?1 and imposed_at < ?2),"
                + " count(distinct room_id) filter (where kind = 'THROTTLE' and imposed_at >= ?1 and imposed_at < ?2),"
                + " count(distinct room_id) filter (where kind = 'CUT' and imposed_at >= ?1 and imposed_at < ?2),"
                + " count(distinct host_id) filter (where kind = 'BAN' and imposed_at >= ?1 and imposed_at < ?2),"
                + " count(*) filter (where lifted_at >= ?1 and lifted_at < ?2)"
                + " from penalty where (imposed_at >= ?1 and imposed_at < ?2) or (lifted_at >= ?1 and lifted_at < ?2)",
                Tuple.class).setParameter(1, from).setParameter(2, to).getSingleResult();
        return new Totals(day, count(t, 0), count(t, 1), count(t, 2), count(t, 3), count(t, 4));
    }

    private static long count(Tuple t, int i) {
        return ((Number) t.get(i)).longValue();
    }

    private static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-date", "date must be YYYY-MM-DD, got '" + date + "'");
        }
    }
}
