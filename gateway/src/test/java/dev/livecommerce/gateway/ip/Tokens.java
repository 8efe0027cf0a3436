package dev.livecommerce.gateway.ip;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** Requests with a signed token of one role: merchants carry merchant_id, the others are known by their subject. */
public final class Tokens {

    private Tokens() {
    }

    public static RequestSpecification as(String role, String id) {
        var builder = Jwt.issuer("live-commerce-suite").subject(id).groups(role);
        if (role.equals("merchant")) {
            builder.claim("merchant_id", id);
        }
        return given().auth().oauth2(builder.sign());
    }
}
