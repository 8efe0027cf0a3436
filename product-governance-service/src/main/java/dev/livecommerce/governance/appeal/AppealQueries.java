package dev.livecommerce.governance.appeal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

/** Reads appeals: one by id, or a page of them, oldest filing first (the order reviewers work in). */
@ApplicationScoped
public class AppealQueries {

    /** Which appeals to list; null fields do not filter. {@code overdue} means open past the decision deadline. */
    public record Filter(AppealStatus status, String merchantId, boolean overdue, int limit, int offset) {
    }

    @Transactional
    public Optional<AppealView> find(UUID appealId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return Appeal.<Appeal>findByIdOptional(appealId).map(a -> AppealView.of(a, now));
    }

    @Transactional
    public List<AppealView> list(Filter filter) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.overdue()) {
            conditions.add("status = :open and decisionDueAt < :now");
            parameters.and("open", AppealStatus.OPEN).and("now", now);
        } else if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.merchantId() != null) {
            conditions.add("merchantId = :merchantId");
            parameters.and("merchantId", filter.merchantId());
        }
        String query = (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + "order by filedAt, id";
        return Appeal.<Appeal>find(query, parameters)
                .range(filter.offset(), filter.offset() + filter.limit() - 1)
                .stream().map(a -> AppealView.of(a, now)).toList();
    }
}
