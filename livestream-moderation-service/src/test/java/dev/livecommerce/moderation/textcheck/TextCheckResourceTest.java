package dev.livecommerce.moderation.textcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TextCheckResourceTest {

    @Test
    void answersWhatTheRulesFindWithRuleVersionSeverityAndSpan() {
        given().contentType("application/json").body(Map.of("text", "家人们，全 网 最 低 价，加我ＶＸ", "category", "APPAREL"))
                .post("/text-checks").then().statusCode(200)
                .body("violations.type", contains("FALSE_PRICE", "OFF_PLATFORM_CONTACT"))
                .body("violations[0].ruleId", equalTo("false-price"))
                .body("violations[0].ruleVersion", equalTo(1))
                .body("violations[0].severity", equalTo("HIGH"))
                .body("violations[0].start", equalTo(4))
                .body("violations[0].end", equalTo(13))
                .body("violations[0].matchedText", equalTo("全 网 最 低 价"))
                .body("violations[1].matchedText", equalTo("ＶＸ"));
    }

    @Test
    void efficacyClaimsCountOnlyInTheirCategories() {
        given().contentType("application/json").body(Map.of("text", "这款面霜七天美白祛斑", "category", "COSMETICS"))
                .post("/text-checks").then().statusCode(200).body("violations.type", hasItem("EFFICACY_CLAIM"));
        given().contentType("application/json").body(Map.of("text", "这款面霜七天美白祛斑", "category", "ELECTRONICS"))
                .post("/text-checks").then().statusCode(200).body("violations", empty());
    }

    @Test
    void badInputIsAProblemThatNamesTheField() {
        given().contentType("application/json").body(Map.of("text", "", "category", "APPAREL"))
                .post("/text-checks").then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors.field", hasItem(containsString("text")));
        given().contentType("application/json").body(Map.of("text", "全网最低价", "category", "CARS"))
                .post("/text-checks").then().statusCode(400).contentType(containsString("problem+json"));
        given().contentType("application/json").body(Map.of("text", "好".repeat(2001), "category", "APPAREL"))
                .post("/text-checks").then().statusCode(400).body("errors.field", hasItem(containsString("text")));
    }
}
