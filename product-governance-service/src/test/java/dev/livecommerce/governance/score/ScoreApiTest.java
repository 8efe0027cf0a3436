package dev.livecommerce.governance.score;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The internal score API's answers for what it does not know, and the retention of facts. */
@QuarkusTest
class ScoreApiTest {

    @Inject
    EntityManager em;

    @Test
    void anUnknownMerchantIsANotFoundProblem() {
        given().get("/scores/merchants/m-never-seen-" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:not-found"))
                .body("detail", containsString("m-never-seen-"));
    }

    @Test
    void anUnknownListingIsANotFoundProblem() {
        given().get("/scores/listings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
    }

    @Test
    void aMerchantIdLongerThanTheContractAllowsIsABadRequest() {
        given().get("/scores/merchants/" + "m".repeat(65)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("merchantId"));
    }

    @Test
    void factsPastTheirRetentionAreDeleted() {
        String factRef = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into score_fact (kind, fact_ref, event_id, merchant_id, occurred_at, label, sub_score,
                                        penalty_points)
                values ('REFUND_REQUEST', ?1, ?2, 'm-long-ago', ?3, 'OTHER', 'SERVICE', 2)
                """)
                .setParameter(1, factRef)
                .setParameter(2, UUID.randomUUID())
                .setParameter(3, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3651))
                .executeUpdate());

        await().atMost(Duration.ofSeconds(15)).until(() -> QuarkusTransaction.requiringNew().call(
                () -> ((Number) em.createNativeQuery("select count(*) from score_fact where fact_ref = ?1")
                        .setParameter(1, factRef).getSingleResult()).longValue()) == 0);
    }
}
