package dev.livecommerce.governance.qualification;

import static dev.livecommerce.governance.Api.JSON;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.governance.Api;
import dev.livecommerce.governance.listing.Category;
import dev.livecommerce.kit.events.EventSchemas;
import dev.livecommerce.kit.testing.TopicRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class QualificationApiTest {

    private static final String TOPIC = "merchant-qualification-changed";

    @Inject
    QualificationService qualifications;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private final EventSchemas schemas = new EventSchemas(getClass().getClassLoader());
    private final TopicRecords broker = Api.broker();

    @Test
    void aRegisteredLicenceCountsAndIsAnnounced() {
        String merchant = newMerchant();
        String id = register(merchant, UUID.randomUUID().toString(), licence("FOOD_BUSINESS_LICENCE")).statusCode(201)
                .body("merchantId", equalTo(merchant))
                .body("type", equalTo("FOOD_BUSINESS_LICENCE"))
                .body("validUntil", equalTo("2099-05-31"))
                .body("state", equalTo("VALID"))
                .extract().path("id");

        given().get("/qualifications/" + id).then().statusCode(200).body("documentNumber", equalTo("JY13301060012345"));
        given().queryParam("merchantId", merchant).get("/qualifications").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        assertEquals(List.of(), qualifications.missingFor(merchant, Category.FOOD, now()));

        JsonNode event = awaitEvents(merchant, 1).get(0);
        assertEquals("REGISTERED", event.at("/data/change").asText());
        assertEquals(id, event.at("/data/qualificationId").asText());
        assertEquals("2099-05-31", event.at("/data/validUntil").asText());
    }

    @Test
    void aRetryWithTheSameKeyRegistersOnceAndAnotherDocumentUnderItIsRefused() {
        String merchant = newMerchant();
        String key = UUID.randomUUID().toString();
        String first = register(merchant, key, licence("CCC_CERTIFICATE")).statusCode(201).extract().path("id");
        String second = register(merchant, key, licence("CCC_CERTIFICATE")).statusCode(201).extract().path("id");

        assertEquals(first, second);
        register(merchant, key, licence("COSMETICS_FILING")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:idempotency-key-reused"));
        assertEquals(1L, count("select count(*) from outbox_event where topic = '" + TOPIC + "' and record_key = ?1",
                merchant));
    }

    @Test
    void untilBeforeFromIsAnUnprocessableProblemNamingTheField() {
        Map<String, Object> body = licence("FOOD_BUSINESS_LICENCE");
        body.put("validFrom", "2030-01-01");
        body.put("validUntil", "2029-12-31");

        register(newMerchant(), UUID.randomUUID().toString(), body).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:invalid-qualification"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("validUntil"))
                .body("errors[0].message", containsString("2030-01-01"));
    }

    @Test
    void anUnknownTypeAndABlankNumberAreBothReported() {
        String merchant = newMerchant();
        Map<String, Object> body = licence("BUSINESS_LICENCE");
        body.put("documentNumber", " ");

        register(merchant, UUID.randomUUID().toString(), body).statusCode(422)
                .body("errors.field", equalTo(List.of("type", "documentNumber")))
                .body("errors[0].message", containsString("CCC_CERTIFICATE"));
        assertEquals(0L, count("select count(*) from merchant_qualification where merchant_id = ?1", merchant));
    }

    @Test
    void theIdempotencyKeyIsRequired() {
        given().contentType(JSON).header("X-Merchant-Id", "m-1").body(licence("CCC_CERTIFICATE"))
                .post("/qualifications")
                .then().statusCode(400)
                .body("errors.field", hasItem("idempotencyKey"));
    }

    @Test
    void aRevokedDocumentStopsCountingAndIsAnnouncedOnce() {
        String merchant = newMerchant();
        String id = register(merchant, UUID.randomUUID().toString(), licence("FOOD_PRODUCTION_LICENCE"))
                .statusCode(201).extract().path("id");

        revoke(id, "许可证编号在市场监管总局系统中查询不到").statusCode(200)
                .body("state", equalTo("REVOKED"))
                .body("revokedBy", equalTo("reviewer-7"))
                .body("revocationReason", containsString("查询不到"));
        revoke(id, "again").statusCode(200).body("revocationReason", containsString("查询不到"));

        assertEquals(List.of("food-licence"), ids(qualifications.missingFor(merchant, Category.FOOD, now())));
        List<JsonNode> events = awaitEvents(merchant, 2);
        assertEquals("REVOKED", events.get(1).at("/data/change").asText());
        assertEquals("许可证编号在市场监管总局系统中查询不到", events.get(1).at("/data/reason").asText());
        assertEquals(2L, count("select count(*) from outbox_event where topic = '" + TOPIC + "' and record_key = ?1",
                merchant));
    }

    @Test
    void revokingNeedsAReasonAndAnExistingDocument() {
        given().contentType(JSON).header("X-Staff-Id", "reviewer-7").body(Map.of("reason", ""))
                .post("/qualifications/" + UUID.randomUUID() + "/revocation")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        revoke(UUID.randomUUID().toString(), "forged").statusCode(404)
                .body("type", equalTo("urn:livecommerce:problem:not-found"));
    }

    @Test
    void aDocumentPastItsLastDayIsExpiredOnceAndStopsCounting() {
        String merchant = newMerchant();
        String id = register(merchant, UUID.randomUUID().toString(), licence("CCC_CERTIFICATE")).statusCode(201)
                .extract().path("id");
        LocalDate today = QualificationDocument.dayOf(now());
        // Time passes: the certificate's last valid day was yesterday (China Standard Time).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update merchant_qualification set valid_from = ?1, valid_until = ?2 where id = ?3")
                .setParameter(1, today.minusYears(5)).setParameter(2, today.minusDays(1))
                .setParameter(3, UUID.fromString(id)).executeUpdate());
        assertEquals(List.of("electronics-ccc"), ids(qualifications.missingFor(merchant, Category.ELECTRONICS,
                now())), "dates decide before the expiry run");

        qualifications.expireDue();
        qualifications.expireDue();

        given().get("/qualifications/" + id).then().body("state", equalTo("EXPIRED"));
        List<JsonNode> events = awaitEvents(merchant, 2);
        assertEquals(List.of("REGISTERED", "EXPIRED"), events.stream().map(e -> e.at("/data/change").asText())
                .toList());
        assertEquals(2L, count("select count(*) from outbox_event where topic = '" + TOPIC + "' and record_key = ?1",
                merchant));
    }

    @Test
    void healthFoodNeedsTheProductRegistrationAndAFoodLicence() {
        String merchant = newMerchant();
        assertEquals(List.of("health-food-licence", "health-food-product"),
                ids(qualifications.missingFor(merchant, Category.HEALTH_FOOD, now())));

        register(merchant, UUID.randomUUID().toString(), licence("HEALTH_FOOD_REGISTRATION")).statusCode(201);
        assertEquals(List.of("health-food-licence"),
                ids(qualifications.missingFor(merchant, Category.HEALTH_FOOD, now())));

        register(merchant, UUID.randomUUID().toString(), licence("FOOD_BUSINESS_LICENCE")).statusCode(201);
        assertEquals(List.of(), qualifications.missingFor(merchant, Category.HEALTH_FOOD, now()));
        assertEquals(List.of(), qualifications.missingFor(merchant, Category.APPAREL, now()), "no requirement");
    }

    @Test
    void aDocumentNotYetValidDoesNotCountYet() {
        String merchant = newMerchant();
        Map<String, Object> body = licence("COSMETICS_FILING");
        body.put("validFrom", "2098-01-01");
        register(merchant, UUID.randomUUID().toString(), body).statusCode(201).body("state", equalTo("NOT_YET_VALID"));

        assertEquals(List.of("cosmetics-filing"), ids(qualifications.missingFor(merchant, Category.COSMETICS, now())));
    }

    @Test
    void theRequirementsAreReadable() {
        given().get("/qualifications/requirements").then().statusCode(200)
                .body("find { it.id == 'food-licence' }.category", equalTo("FOOD"))
                .body("find { it.id == 'food-licence' }.acceptableTypeSets",
                        equalTo(List.of(List.of("FOOD_BUSINESS_LICENCE"), List.of("FOOD_PRODUCTION_LICENCE"))))
                .body("find { it.id == 'electronics-ccc' }.legalBasis", containsString("强制性产品认证"))
                .body("category", hasItem("COSMETICS"));
    }

    @Test
    void everyAnnouncedChangeMatchesTheContract() {
        String merchant = newMerchant();
        String id = register(merchant, UUID.randomUUID().toString(), licence("SPECIAL_COSMETICS_LICENCE"))
                .statusCode(201).extract().path("id");
        revoke(id, "伪造").statusCode(200);

        List<TopicRecords.Received> records = awaitRecords(merchant, 2);
        for (TopicRecords.Received record : records) {
            JsonNode event = json(record.value());
            assertEquals(List.of(), schemas.violations(TOPIC, event));
            assertEquals(merchant, record.key());
            assertEquals(merchant, event.get("subject").asText());
            assertEquals("application/cloudevents+json; charset=UTF-8", record.headers().get("content-type"));
        }
    }

    private static ValidatableResponse register(String merchantId, String key, Object body) {
        return given().contentType(JSON).header("X-Merchant-Id", merchantId).header("Idempotency-Key", key)
                .body(body).post("/qualifications").then();
    }

    private static ValidatableResponse revoke(String id, String reason) {
        return given().contentType(JSON).header("X-Staff-Id", "reviewer-7").body(Map.of("reason", reason))
                .post("/qualifications/" + id + "/revocation").then();
    }

    private static Map<String, Object> licence(String type) {
        return new HashMap<>(Map.of("type", type, "documentNumber", "JY13301060012345", "issuingAuthority",
                "杭州市西湖区市场监督管理局", "validFrom", "2024-06-01", "validUntil", "2099-05-31", "evidenceRef",
                "evidence/qualifications/licence.pdf"));
    }

    private List<JsonNode> awaitEvents(String merchant, int expected) {
        return awaitRecords(merchant, expected).stream().map(r -> json(r.value())).toList();
    }

    private List<TopicRecords.Received> awaitRecords(String merchant, int expected) {
        await().atMost(Duration.ofSeconds(15)).until(() -> recordsOf(merchant).size() >= expected);
        List<TopicRecords.Received> records = recordsOf(merchant);
        assertEquals(expected, records.size());
        return records;
    }

    private List<TopicRecords.Received> recordsOf(String merchant) {
        return broker.readAll(TOPIC).stream().filter(r -> merchant.equals(r.key())).toList();
    }

    private static List<String> ids(List<Requirement> requirements) {
        return requirements.stream().map(Requirement::id).sorted().toList();
    }

    private static String newMerchant() {
        return "m-q-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private JsonNode json(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
