package dev.livecommerce.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ReviewQueueRoutesTest {

    private static final String ROUTE = "/api/governance/review-queue";
    private static final String ITEM = ROUTE + "/" + FakeReviewQueue.ITEM;

    @Test
    void reviewersAndOperatorsSeeTheQueueOthersDoNot() {
        as("reviewer", "reviewer-ann").get(ROUTE).then().statusCode(200).body("[0].lease.state", equalTo("HELD"));
        as("operator", "op-lin").get(ITEM).then().statusCode(200);
        as("merchant", "m-1").get(ROUTE).then().statusCode(403).contentType("application/problem+json");
        given().get(ROUTE).then().statusCode(401);
    }

    @Test
    void theReviewerIsTheTokensSubjectNeverAClientHeader() {
        as("reviewer", "reviewer-ann").header("X-Reviewer-Id", "reviewer-bob").post(ITEM + "/claim")
                .then().statusCode(200);
        assertEquals("reviewer-ann", FakeReviewQueue.lastReviewer.get("claim"));

        as("reviewer", "reviewer-bob").header("X-Reviewer-Id", "reviewer-ann").post(ITEM + "/renew")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:item-claimed"));
        assertEquals("reviewer-bob", FakeReviewQueue.lastReviewer.get("renew"));
    }

    @Test
    void anEmptyQueueAnswersNoContent() {
        as("reviewer", "reviewer-ann").post(ROUTE + "/claims").then().statusCode(204);
        assertEquals("reviewer-ann", FakeReviewQueue.lastReviewer.get("claims"));
    }

    @Test
    void onlyReviewersActOnItems() {
        as("operator", "op-lin").post(ROUTE + "/claims").then().statusCode(403);
        as("operator", "op-lin").post(ITEM + "/release").then().statusCode(403);
        as("operator", "op-lin").contentType("application/json").body(Map.of("decision", "APPROVE", "note", "ok"))
                .post(ITEM + "/decision").then().statusCode(403);
    }

    @Test
    void aDecisionIsTheReviewersAndItsConflictIsPassedOn() {
        as("reviewer", "reviewer-ann").contentType("application/json")
                .body(Map.of("decision", "INTERCEPT", "note", "盗图属实"))
                .post(ITEM + "/decision")
                .then().statusCode(200)
                .body("decision.verdict", equalTo("INTERCEPT"))
                .body("decision.reviewerId", equalTo("reviewer-ann"));
        as("reviewer", "reviewer-bob").contentType("application/json")
                .body(Map.of("decision", "APPROVE", "note", "ok"))
                .post(ITEM + "/decision")
                .then().statusCode(409)
                .body("type", equalTo("urn:livecommerce:problem:item-not-claimed"));
        as("reviewer", "reviewer-ann").post(ITEM + "/release").then().statusCode(200)
                .body("lease.state", equalTo("FREE"));
    }

    private static RequestSpecification as(String role, String subject) {
        var builder = Jwt.issuer("live-commerce-suite").subject(subject).groups(role);
        if (role.equals("merchant")) {
            builder.claim("merchant_id", subject);
        }
        return given().auth().oauth2(builder.sign());
    }
}
