package dev.livecommerce.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.livecommerce.kit.testing.TopicRecords;
import io.restassured.RestAssured;

/**
 * Nothing lost, nothing twice: the governance service is killed with SIGKILL while 1,000 listings are being
 * submitted, then started again. Clients retry with their idempotency keys; subscribers drop wire duplicates by
 * event id.
 */
class CrashRecoveryTest {

    private static final int LISTINGS = 1_000;
    private static final int KILL_AFTER = 300;
    /** 50 consecutive listings each, of which 5 are intercepted (15 points): below SUSPENDED (36). */
    private static final int MERCHANTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void gateway() {
        RestAssured.baseURI = Suite.GATEWAY_URL;
    }

    @Test
    void aKilledServiceEndsWithExactlyOneDecisionPerListing() throws Exception {
        // Spread over merchants: one merchant with 100 interceptions would be suspended (and refused) long before
        // the last listing, since the penalty ladder keeps up with the review.
        String merchantPrefix = "m-crash-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> tokens = new java.util.ArrayList<>();
        for (int m = 0; m < MERCHANTS; m++) {
            tokens.add(Suite.token("merchant", merchantPrefix + m));
        }
        Map<String, String> listingIdByKey = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> submissions = new java.util.ArrayList<>();
        for (int i = 0; i < LISTINGS; i++) {
            String key = "crash-" + i + "-" + UUID.randomUUID();
            int n = i;
            submissions.add(clients.submit(() -> {
                String id = submitUntilAccepted(tokens.get(n / (LISTINGS / MERCHANTS)), key,
                        "围巾 " + n + (n % 10 == 0 ? " 全网最低价" : ""),
                        retries);
                listingIdByKey.put(key, id);
                accepted.incrementAndGet();
            }));
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> accepted.get() >= KILL_AFTER);
        Suite.run("kill", "product-governance-service");
        long killedAt = System.nanoTime();
        Suite.run("start", "product-governance-service");
        System.out.printf("governance killed at %d accepted; back after %d ms%n", KILL_AFTER,
                (System.nanoTime() - killedAt) / 1_000_000);
        for (Future<?> submission : submissions) {
            submission.get(180, TimeUnit.SECONDS);
        }
        clients.shutdown();

        Set<String> listingIds = new HashSet<>(listingIdByKey.values());
        assertEquals(LISTINGS, listingIds.size(), "one listing per idempotency key");

        TopicRecords broker = Suite.broker();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> decisionsByListing(broker.readAll("listing-reviewed"), merchantPrefix).size() == LISTINGS);
        List<TopicRecords.Received> records = ofMerchants(broker.readAll("listing-reviewed"), merchantPrefix);
        Map<String, Set<String>> eventIds = decisionsByListing(records, merchantPrefix);

        assertEquals(listingIds, eventIds.keySet(), "every accepted listing was decided");
        eventIds.forEach((listing, ids) -> assertEquals(1, ids.size(), listing + " was decided more than once"));
        long intercepted = records.stream().map(CrashRecoveryTest::read)
                .filter(e -> e.get("data").get("outcome").asText().equals("INTERCEPTED"))
                .map(e -> e.get("id").asText()).distinct().count();
        assertEquals(LISTINGS / 10, intercepted);
        System.out.printf("%d listings accepted after %d client retries; %d listing-reviewed records on the wire, "
                + "%d distinct events, %d intercepted%n", LISTINGS, retries.get(), records.size(),
                eventIds.values().stream().mapToInt(Set::size).sum(), intercepted);
    }

    private static String submitUntilAccepted(String token, String key, String title, AtomicInteger retries) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (true) {
            try {
                var response = given().auth().oauth2(token).contentType("application/json; charset=UTF-8")
                        .header("Idempotency-Key", key)
                        .body(Map.of("title", title, "description", "羊毛混纺", "category", "APPAREL",
                                "priceFen", 5900))
                        .post("/api/listings");
                if (response.statusCode() == 202) {
                    return response.path("listingId");
                }
                if (response.statusCode() < 500) {
                    throw new AssertionError("Submission refused: " + response.statusCode() + " "
                            + response.asString());
                }
            } catch (RuntimeException connectionTrouble) {
                // the gateway itself stays up; its downstream call fails while governance restarts
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Listing " + key + " was never accepted");
            }
            retries.incrementAndGet();
            sleep(100);
        }
    }

    private static List<TopicRecords.Received> ofMerchants(List<TopicRecords.Received> records, String merchantPrefix) {
        return records.stream().filter(r -> read(r).get("data").get("merchantId").asText().startsWith(merchantPrefix))
                .toList();
    }

    /** listing id -> the distinct event ids that decided it (wire duplicates share an id). */
    private static Map<String, Set<String>> decisionsByListing(List<TopicRecords.Received> records,
            String merchantPrefix) {
        Map<String, Set<String>> byListing = new HashMap<>();
        for (TopicRecords.Received record : ofMerchants(records, merchantPrefix)) {
            JsonNode event = read(record);
            byListing.computeIfAbsent(event.get("subject").asText(), k -> new HashSet<>())
                    .add(event.get("id").asText());
        }
        return byListing;
    }

    private static JsonNode read(TopicRecords.Received record) {
        return read(record.value());
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
