package db.migration;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.claims.ClaimRule;
import dev.livecommerce.claims.ClaimType;
import dev.livecommerce.claims.DefaultClaimRules;

/**
 * Seeds the claim engine's default text rules as LIVE version 1 rules, so the service starts with the same rule set
 * livestream moderation uses. From here on they are data: operators version them through the API.
 */
public class V3_1__SeedDefaultClaimRules extends BaseJavaMigration {

    private record Penalty(String severity, int points) {
    }

    private static final Map<ClaimType, Penalty> PENALTIES = Map.of(
            ClaimType.ABSOLUTE_TERM, new Penalty("MEDIUM", 3),
            ClaimType.FALSE_PRICE, new Penalty("MEDIUM", 3),
            ClaimType.EFFICACY_CLAIM, new Penalty("HIGH", 6),
            ClaimType.OFF_PLATFORM_CONTACT, new Penalty("HIGH", 6),
            ClaimType.PROHIBITED_GOODS, new Penalty("CRITICAL", 12));

    @Override
    public void migrate(Context context) throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (PreparedStatement insert = context.getConnection().prepareStatement("""
                insert into rule (id, version, status, kind, type, severity, points, action, legal_basis, categories,
                                  params, created_by, created_at, status_changed_at)
                values (?, ?, 'LIVE', ?, ?, ?, ?, 'INTERCEPT', ?, ?, ?::jsonb, 'migration', now(), now())
                """)) {
            for (ClaimRule rule : DefaultClaimRules.load()) {
                Penalty penalty = PENALTIES.get(rule.type());
                Array categories = context.getConnection().createArrayOf("text",
                        rule.categories().stream().sorted().toArray());
                insert.setString(1, rule.id());
                insert.setInt(2, rule.version());
                insert.setString(3, rule.terms().isEmpty() ? "PATTERN" : "TERM_LIST");
                insert.setString(4, rule.type().name());
                insert.setString(5, penalty.severity());
                insert.setInt(6, penalty.points());
                insert.setString(7, rule.legalBasis());
                insert.setArray(8, categories);
                insert.setString(9, json.writeValueAsString(Map.of("terms", rule.terms(), "patterns",
                        rule.patterns(), "exemptions", rule.exemptions())));
                insert.executeUpdate();
            }
        }
    }
}
