package dev.livecommerce.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.kit.testing.TopicRecords;
import io.restassured.RestAssured;

/**
 * The broker is killed; listings submitted meanwhile are accepted (their events wait in the outbox) and every one is
 * reviewed and published exactly once after the broker is back.
 */
class BrokerOutageTest {

    private static final int LISTINGS = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = Suite.GATEWAY_URL;
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArePublishedOnceItIsBack() {
        String merchantId = "m-outage-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Suite.token("merchant", merchantId);

        Suite.run("kill", "kafka");
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < LISTINGS; i++) {
                ids.add(ListingFlowTest.submit(token, ListingFlowTest.listing("断网期间提交的围巾 " + i))
                        .statusCode(202).extract().path("listingId"));
            }
            assertNull(given().auth().oauth2(token).get("/api/listings/" + ids.get(0)).then().statusCode(200)
                    .extract().path("decision"), "no review without the broker");
        } finally {
            Suite.run("start", "kafka");
        }

        TopicRecords broker = Suite.broker();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ofListings(broker.readAll("listing-reviewed"), ids).size() >= LISTINGS);
        List<TopicRecords.Received> reviewed = ofListings(broker.readAll("listing-reviewed"), ids);
        Set<String> eventIds = new HashSet<>();
        Set<String> listings = new HashSet<>();
        for (TopicRecords.Received record : reviewed) {
            eventIds.add(read(record).get("id").asText());
            listings.add(record.key());
        }
        assertEquals(new HashSet<>(ids), listings, "every listing was reviewed");
        assertEquals(LISTINGS, eventIds.size(), "one decision event per listing");
        for (String id : ids) {
            ListingFlowTest.awaitDecision(token, id);
        }
        System.out.printf("broker outage: %d listings accepted while it was down, %d listing-reviewed records "
                + "after it came back, %d distinct%n", LISTINGS, reviewed.size(), eventIds.size());
    }

    private static List<TopicRecords.Received> ofListings(List<TopicRecords.Received> records, List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return records.stream().filter(r -> wanted.contains(r.key())).toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(TopicRecords.Received record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
