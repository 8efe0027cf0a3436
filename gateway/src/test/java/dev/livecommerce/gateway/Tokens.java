package dev.livecommerce.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** Requests signed with the test key, as a caller in a role (merchants with their merchant id). */
public final class Tokens {

    private Tokens() {
    }

    public static RequestSpecification as(String role, String merchantId) {
        var builder = Jwt.issuer("live-commerce-suite").subject(merchantId == null ? role + "-test" : merchantId)
                .groups(role);
        if (merchantId != null) {
            builder.claim("merchant_id", merchantId);
        }
        return given().auth().oauth2(builder.sign());
    }
}
