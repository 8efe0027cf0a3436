package dev.livecommerce.gateway.rule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class RuleRoutesTest {

    private static final Map<String, Object> RULE = Map.of("id", "organic-claims", "definition",
            Map.of("kind", "TERM_LIST", "type", "FALSE_PRICE"));

    @Test
    void anOperatorCreatesARuleAndIsRecordedAsItsAuthor() {
        as("operator", "op-wang").contentType("application/json").header("X-Actor-Id", "someone-else").body(RULE)
                .post("/api/governance/rules")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("createdBy", equalTo("op-wang"));
    }

    @Test
    void reviewersReadButDoNotWriteRules() {
        as("reviewer", "rv-1").contentType("application/json").body(RULE).post("/api/governance/rules")
                .then().statusCode(403).contentType("application/problem+json");
        as("reviewer", "rv-1").get("/api/governance/rules/shadow-report")
                .then().statusCode(200).body("[0].ruleId", equalTo("absolute-terms"));
    }

    @Test
    void merchantsCannotReachRules() {
        as("merchant", "m-1").get("/api/governance/rules/shadow-report").then().statusCode(403);
    }

    @Test
    void aStatusChangeIsRelayedWithTheOperatorAndDownstreamProblemsPassThrough() {
        as("operator", "op-li").contentType("application/json").body(Map.of("status", "LIVE"))
                .post("/api/governance/rules/absolute-terms/versions/2/status")
                .then().statusCode(200)
                .body("status", equalTo("LIVE"))
                .body("changedBy", equalTo("op-li"));
        as("operator", "op-li").contentType("application/json").body(Map.of("status", "LIVE"))
                .post("/api/governance/rules/absolute-terms/versions/12/status")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:livecommerce:problem:rule-not-found"));
    }

    @Test
    void textChecksAreForOperatorsAndReviewers() {
        Map<String, Object> check = Map.of("text", "全网最低价", "category", "FOOD");
        as("reviewer", "rv-1").contentType("application/json").body(check).post("/api/governance/text-checks")
                .then().statusCode(200).body("violations[0].matchedText", equalTo("全网最低价"));
        as("merchant", "m-1").contentType("application/json").body(check).post("/api/governance/text-checks")
                .then().statusCode(403);
    }

    private static RequestSpecification as(String role, String subject) {
        var token = Jwt.issuer("live-commerce-suite").subject(subject).groups(role);
        if (role.equals("merchant")) {
            token.claim("merchant_id", subject);
        }
        return given().auth().oauth2(token.sign());
    }
}
