package dev.livecommerce.gateway.moderation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
class ModerationRoutesTest {

    private static Map<String, Object> batch(String roomId) {
        return Map.of("segments", List.of(Map.of("segmentId", "s-1", "roomId", roomId, "channel", "SPEECH",
                "speakerId", "host-1", "text", "全网最低价", "streamOffsetMs", 0, "durationMs", 1000)));
    }

    @Test
    void textChecksAreForOperatorsAndReviewers() {
        Map<String, Object> check = Map.of("text", "全网最低价", "category", "FOOD");
        as("operator", "op-1").contentType("application/json").body(check).post("/api/moderation/text-checks")
                .then().statusCode(200).body("violations[0].matchedText", equalTo("全网最低价"));
        as("reviewer", "rv-1").contentType("application/json").body(check).post("/api/moderation/text-checks")
                .then().statusCode(200);
        as("merchant", "m-1").contentType("application/json").body(check).post("/api/moderation/text-checks")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(check).post("/api/moderation/text-checks")
                .then().statusCode(401);
    }

    @Test
    void platformSystemsPostSegmentsAndDownstreamProblemsPassThrough() {
        as("live-system", "transcriber-1").contentType("application/json").body(batch("room-1"))
                .post("/api/moderation/segments")
                .then().statusCode(202).body("accepted", equalTo(1));
        as("live-system", "transcriber-1").contentType("application/json").body(batch("room-ended"))
                .post("/api/moderation/segments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("segments[0].roomId"));
    }

    @Test
    void onlyPlatformSystemsPostSegments() {
        as("operator", "op-1").contentType("application/json").body(batch("room-1")).post("/api/moderation/segments")
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
