package dev.livecommerce.governance.rule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.governance.Api;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Rules as data through the API, on the real database and broker. */
@QuarkusTest
class RuleApiTest {

    @Inject
    ObjectMapper mapper;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void theDefaultRuleSetIsSeededLive() {
        given().get("/rules?status=LIVE").then().statusCode(200)
                .body("id", hasItems("absolute-terms", "efficacy-claims-food", "efficacy-claims-cosmetics",
                        "off-platform-contact", "false-price", "prohibited-goods", "category-qualifications",
                        "price-far-from-category-norm", "original-image-protection", "merchant-risk-record"));
    }

    @Test
    void aPublishedRuleDecidesListingsWithinSecondsWithoutARestart() {
        String id = "organic-claims-" + shortId();
        create(id, termRule("有机认证蔬菜" + id.substring(id.length() - 4), "FRESH_PRODUCE")).statusCode(201)
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"));
        String term = "有机认证蔬菜" + id.substring(id.length() - 4);
        move(id, 1, "LIVE").statusCode(200).body("status", equalTo("LIVE"));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .contentType(Api.JSON).body(Map.of("text", "新鲜" + term, "category", "FRESH_PRODUCE"))
                .post("/text-checks").then().extract().jsonPath().getList("violations.ruleId").contains(id));

        UUID listing = submit("m-rule-1", "新鲜" + term + " 5斤装", "FRESH_PRODUCE");
        Api.awaitDecision(listing)
                .body("decision.outcome", equalTo("INTERCEPTED"))
                .body("decision.violations.ruleId", hasItems(id));

        List<JsonNode> changes = ruleChanges(id);
        assertEquals(List.of("CREATED", "STATUS_CHANGED"), changes.stream().map(e -> e.at("/data/change").asText())
                .toList());
        for (JsonNode change : changes) {
            assertEquals(List.of(), schemas.violations("rule-changed", change));
            assertEquals(id, change.get("subject").asText());
        }
    }

    @Test
    void anEditIsANewVersionAndPublishingItRetiresTheOldOne() {
        String id = "edit-" + shortId();
        create(id, termRule("旧词" + id, "FOOD")).statusCode(201);
        move(id, 1, "LIVE").statusCode(200);
        given().contentType(Api.JSON).header("X-Actor-Id", "op-1").body(termRule("新词" + id, "FOOD").get("definition"))
                .post("/rules/" + id + "/versions").then().statusCode(201)
                .body("version", equalTo(2)).body("status", equalTo("DRAFT"));
        move(id, 2, "LIVE").statusCode(200);

        given().get("/rules/" + id).then().statusCode(200)
                .body("status", equalTo(List.of("RETIRED", "LIVE")));
        move(id, 1, "LIVE").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("RETIRED"));
    }

    @Test
    void aShadowRuleIsRecordedAndReportedButDecidesNothing() {
        String id = "shadow-" + shortId();
        String term = "限量珍藏" + id.substring(id.length() - 4);
        create(id, termRule(term, "HOME")).statusCode(201);
        move(id, 1, "SHADOW").statusCode(200);
        UUID flagged = awaitReviewedWithShadow(id, term);
        Api.awaitDecision(flagged).body("decision.outcome", equalTo("APPROVED"));

        JsonNode line = reportLine(id);
        assertTrue(line.get("evaluated").asLong() >= 1);
        assertTrue(line.get("fired").asLong() >= 1);
        assertEquals(line.get("fired").asLong(), line.get("firedWhereApproved").asLong());
    }

    @Test
    void unusableRulesAreRefusedWithTheReason() {
        Map<String, Object> noTerms = Map.of("id", "empty-" + shortId(), "definition", Map.of("kind", "TERM_LIST",
                "type", "ABSOLUTE_TERM", "severity", "LOW", "points", 1, "action", "INTERCEPT", "legalBasis", "x",
                "params", Map.of()));
        given().contentType(Api.JSON).header("X-Actor-Id", "op-1").body(noTerms).post("/rules").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("params.terms"));

        Map<String, Object> badPattern = Map.of("id", "regex-" + shortId(), "definition", Map.of("kind", "PATTERN",
                "type", "OFF_PLATFORM_CONTACT", "severity", "LOW", "points", 1, "action", "INTERCEPT",
                "legalBasis", "x", "params", Map.of("patterns", List.of("vx[0-9"))));
        given().contentType(Api.JSON).header("X-Actor-Id", "op-1").body(badPattern).post("/rules").then()
                .statusCode(422).body("detail", containsString("vx[0-9"));

        create("absolute-terms", termRule("x", "FOOD")).statusCode(409);
        given().contentType(Api.JSON).body(termRule("y", "FOOD")).post("/rules").then().statusCode(400);
        move("absolute-terms", 99, "LIVE").statusCode(404);
    }

    /** Submits listings until one was reviewed after the shadow rule reached the catalog (a few seconds). */
    private UUID awaitReviewedWithShadow(String id, String term) {
        UUID[] last = new UUID[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            last[0] = submit("m-shadow-1", "家用" + term + "花瓶", "HOME");
            Api.awaitDecision(last[0]);
            return given().get("/rules/shadow-report").then().extract().jsonPath().getList("ruleId").contains(id);
        });
        return last[0];
    }

    private JsonNode reportLine(String id) {
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get("/rules/shadow-report").then().extract()
                .jsonPath().getList("ruleId").contains(id));
        try {
            for (JsonNode line : mapper.readTree(given().get("/rules/shadow-report").then().extract().asByteArray())) {
                if (line.get("ruleId").asText().equals(id)) {
                    return line;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no shadow report line for " + id);
    }

    private List<JsonNode> ruleChanges(String id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> ruleChangesNow(id).size() >= 2);
        return ruleChangesNow(id);
    }

    private List<JsonNode> ruleChangesNow(String id) {
        return broker.readAll("rule-changed").stream().filter(r -> id.equals(r.key())).map(r -> {
            try {
                return mapper.readTree(r.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static Map<String, Object> termRule(String term, String category) {
        return Map.of("id", "unused", "definition", Map.of("kind", "TERM_LIST", "type", "FALSE_PRICE", "severity",
                "MEDIUM", "points", 3, "action", "INTERCEPT", "legalBasis", "《明码标价和禁止价格欺诈规定》",
                "categories", List.of(category), "params", Map.of("terms", List.of(term))));
    }

    private static ValidatableResponse create(String id, Map<String, Object> rule) {
        return given().contentType(Api.JSON).header("X-Actor-Id", "op-1")
                .body(Map.of("id", id, "definition", rule.get("definition"))).post("/rules").then();
    }

    private static ValidatableResponse move(String id, int version, String status) {
        return given().contentType(Api.JSON).header("X-Actor-Id", "op-1")
                .body(Map.of("status", status, "reason", "test")).post("/rules/" + id + "/versions/" + version
                        + "/status")
                .then();
    }

    private static UUID submit(String merchant, String title, String category) {
        String id = Api.submit(merchant, UUID.randomUUID().toString(), Map.of("title", title, "description", "",
                "category", category, "priceFen", 2990)).statusCode(202).extract().path("listingId");
        return UUID.fromString(id);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
