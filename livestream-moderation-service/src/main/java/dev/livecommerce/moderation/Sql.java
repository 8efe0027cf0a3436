package dev.livecommerce.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/** Reading native query results: tuples, and timestamps that arrive as Instant, OffsetDateTime or Timestamp. */
public final class Sql {

    private Sql() {
    }

    /** The rows of a native query created with Tuple.class (JPA types its result list as raw). */
    @SuppressWarnings("unchecked")
    public static List<Tuple> tuples(Query query) {
        return query.getResultList();
    }

    public static OffsetDateTime utc(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime odt -> odt.withOffsetSameInstant(ZoneOffset.UTC);
            case Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case Timestamp ts -> ts.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }
}
