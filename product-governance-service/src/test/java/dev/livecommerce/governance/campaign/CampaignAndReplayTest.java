package dev.livecommerce.governance.campaign;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Campaigns sweep live listings and check new ones; replays report what a candidate rule would change. */
@QuarkusTest
class CampaignAndReplayTest {

    @Test
    void aCampaignSweepsLiveListingsInScopeAndChecksNewOnes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String term = "手工锻打" + suffix;
        List<UUID> live = approvedListings("HOME", "家用" + term + "铁锅", 3);
        UUID otherCategory = approvedListings("APPAREL", term + "围裙", 1).get(0);
        String rule = draftRule("forged-claims-" + suffix, term);

        String campaign = given().contentType(Api.JSON).header("X-Actor-Id", "op-1")
                .body(Map.of("name", "虚假手工锻打专项治理", "rules", List.of(Map.of("id", rule, "version", 1)),
                        "categories", List.of("HOME"), "startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)
                                .toString(),
                        "endsAt", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString()))
                .post("/campaigns").then().statusCode(201).body("state", equalTo("ACTIVE")).extract().path("id");

        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/campaigns/" + campaign).then().extract()
                .<Boolean>path("sweepDone"));
        for (UUID listing : live) {
            given().get("/listings/" + listing).then().statusCode(200)
                    .body("status", equalTo("INTERCEPTED"))
                    .body("decision.violations.ruleId", hasItem(rule));
        }
        given().get("/listings/" + otherCategory).then().body("status", equalTo("APPROVED"));

        String fresh = Api.submit("m-camp-2", UUID.randomUUID().toString(), Map.of("title", "新款" + term + "炒锅",
                "description", "", "category", "HOME", "priceFen", 12900)).statusCode(202).extract().path("listingId");
        Api.awaitDecision(UUID.fromString(fresh)).body("decision.outcome", equalTo("INTERCEPTED"));
        JsonPath report = given().get("/campaigns/" + campaign).then().statusCode(200).extract().jsonPath();
        assertTrue(report.getLong("checked") >= 4, "the three live listings and the new one: " + report.prettify());
        assertTrue(report.getLong("intercepted") >= 4);

        given().contentType(Api.JSON).header("X-Actor-Id", "op-1").body(Map.of("name", "x", "rules",
                List.of(Map.of("id", rule, "version", 9)), "startsAt", "2026-01-01T00:00:00Z", "endsAt",
                "2025-01-01T00:00:00Z")).post("/campaigns").then().statusCode(422);
    }

    @Test
    void aReplayReportsWhatACandidateWouldChangeWithoutDecidingAnything() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String term = "纯天然野生" + suffix;
        List<UUID> listings = approvedListings("OTHER", term + "蜂巢摆件", 2);
        String rule = draftRule("wild-claims-" + suffix, term);

        String replay = given().contentType(Api.JSON).header("X-Actor-Id", "op-1")
                .body(Map.of("ruleId", rule, "version", 1)).post("/replays").then().statusCode(202)
                .body("status", equalTo("RUNNING")).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(given().get("/replays/" + replay).then()
                .extract().path("status")));

        JsonPath report = given().get("/replays/" + replay).then().statusCode(200).extract().jsonPath();
        assertEquals(report.getLong("total"), report.getLong("processed"), report.prettify());
        assertTrue(report.getLong("firedWhereApproved") >= 2, report.prettify());
        for (UUID listing : listings) {
            given().get("/listings/" + listing).then().body("status", equalTo("APPROVED"));
        }
    }

    private static List<UUID> approvedListings(String category, String title, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Api.submit("m-camp-" + i, UUID.randomUUID().toString(), Map.of("title", title + i,
                    "description", "", "category", category, "priceFen", 5900)).statusCode(202).extract()
                    .path("listingId");
            ids.add(UUID.fromString(id));
        }
        ids.forEach(id -> Api.awaitDecision(id).body("decision.outcome", equalTo("APPROVED")));
        return ids;
    }

    private static String draftRule(String id, String term) {
        given().contentType(Api.JSON).header("X-Actor-Id", "op-1").body(Map.of("id", id, "definition", Map.of(
                "kind", "TERM_LIST", "type", "FALSE_PRICE", "severity", "MEDIUM", "points", 3, "action",
                "INTERCEPT", "legalBasis", "《中华人民共和国广告法》第二十八条", "params", Map.of("terms", List.of(term)))))
                .post("/rules").then().statusCode(201);
        return id;
    }
}
