package dev.livecommerce.governance.listing;

import static dev.livecommerce.governance.Api.JSON;
import static dev.livecommerce.governance.Api.awaitDecision;
import static dev.livecommerce.governance.Api.listing;
import static dev.livecommerce.governance.Api.submit;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.livecommerce.governance.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ListingApiTest {

    @Inject
    EntityManager em;

    @Test
    void plainListingIsApproved() {
        UUID id = Api.submitted("m-1001", "保湿面霜 50ml 温和不刺激");

        awaitDecision(id)
                .body("status", equalTo("APPROVED"))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.violations", empty());
    }

    @Test
    void absoluteTermInTitleIsInterceptedWithItsSpan() {
        UUID id = Api.submitted("m-1001", "全网最好的面霜");

        awaitDecision(id)
                .body("status", equalTo("INTERCEPTED"))
                .body("decision.violations", hasSize(1))
                .body("decision.violations[0].ruleId", equalTo("absolute-terms"))
                .body("decision.violations[0].ruleVersion", equalTo(1))
                .body("decision.violations[0].type", equalTo("ABSOLUTE_TERM"))
                .body("decision.violations[0].field", equalTo("title"))
                .body("decision.violations[0].start", equalTo(2))
                .body("decision.violations[0].end", equalTo(4))
                .body("decision.violations[0].matchedText", equalTo("最好"))
                .body("decision.violations[0].severity", equalTo("MEDIUM"))
                .body("decision.violations[0].points", equalTo(3))
                .body("decision.violations[0].legalBasis", containsString("广告法"));
    }

    @Test
    void aCategoryQualificationIsRequiredAndAnEditIsReviewedAgain() {
        String merchant = "m-qual-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> cream = Map.of("title", "玻尿酸保湿面霜 50ml", "description", "温和配方，适合干性肌肤",
                "category", "COSMETICS", "priceFen", 12900);
        String id = submit(merchant, UUID.randomUUID().toString(), cream).statusCode(202).extract().path("listingId");
        awaitDecision(UUID.fromString(id))
                .body("status", equalTo("INTERCEPTED"))
                .body("decision.violations.type", hasItem("MISSING_QUALIFICATION"))
                .body("decision.violations.ruleId", hasItem("category-qualifications"));

        given().contentType(JSON).header("X-Merchant-Id", merchant).header("Idempotency-Key", UUID.randomUUID())
                .body(Map.of("type", "COSMETICS_FILING", "documentNumber", "浙G妆网备字2024012345",
                        "issuingAuthority", "浙江省药品监督管理局", "validFrom", "2024-01-01", "validUntil",
                        "2099-12-31", "evidenceRef", "evidence/filing.pdf"))
                .post("/qualifications").then().statusCode(201);
        Map<String, Object> edited = new HashMap<>(cream);
        edited.put("description", "温和配方，适合干性肌肤，已完成化妆品备案");
        given().contentType(JSON).header("X-Merchant-Id", merchant).body(edited).put("/listings/" + id)
                .then().statusCode(202);

        await().atMost(Duration.ofSeconds(15)).until(() -> "APPROVED".equals(given().get("/listings/" + id).then()
                .extract().path("status")));
        given().get("/listings/" + id).then().body("revision", equalTo(2)).body("decision.violations", empty());
        given().contentType(JSON).header("X-Merchant-Id", "m-someone-else").body(edited).put("/listings/" + id)
                .then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndPublishesOnce() {
        String key = UUID.randomUUID().toString();
        String first = submit("m-1002", key, listing("羊毛围巾")).statusCode(202).extract().path("listingId");
        String second = submit("m-1002", key, listing("羊毛围巾")).statusCode(202).extract().path("listingId");

        assertEquals(first, second);
        assertEquals(1L, countRows("select count(*) from listing where idempotency_key = ?1", key));
        assertEquals(1L, countRows("select count(*) from outbox_event where topic = 'listing-submitted' "
                + "and record_key = ?1", first));
    }

    @Test
    void theSameKeyForAnotherListingIsRefused() {
        String key = UUID.randomUUID().toString();
        submit("m-1003", key, listing("羊毛围巾")).statusCode(202);

        submit("m-1003", key, listing("纯棉T恤")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:idempotency-key-reused"))
                .body("detail", containsString(key));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType(JSON).header("X-Merchant-Id", "m-1").header("Idempotency-Key", "k-malformed")
                .body("{\"title\": \"面霜\", ")
                .post("/listings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:malformed-json"))
                .body("status", equalTo(400))
                .body("detail", not(containsString("at dev.livecommerce")));
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        submit("m-1", UUID.randomUUID().toString(), Map.of("description", "x")).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:validation"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("category"))
                .body("errors.field", hasItem("priceFen"));
    }

    @Test
    void anUnknownCategoryNamesTheField() {
        Map<String, Object> body = new HashMap<>(listing("面霜"));
        body.put("category", "WEAPONS");

        submit("m-1", UUID.randomUUID().toString(), body).statusCode(400)
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("WEAPONS"));
    }

    @Test
    void aOneMegabyteTitleIsRefusedAndNothingIsStored() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = new HashMap<>(listing("面"));
        body.put("title", "好".repeat(1024 * 1024 / 3));

        submit("m-1", key, body).statusCode(400)
                .body("errors.field", hasItem("title"));
        assertEquals(0L, countRows("select count(*) from listing where idempotency_key = ?1", key));
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        given().contentType(JSON).header("X-Merchant-Id", "m-1").body(listing("面霜"))
                .post("/listings")
                .then().statusCode(400)
                .body("errors.field", hasItem("idempotencyKey"));
    }

    @Test
    void anUnknownListingIsANotFoundProblem() {
        given().get("/listings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
    }

    private long countRows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
