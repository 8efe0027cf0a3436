package dev.livecommerce.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listing review throughput of the running suite, end to end: listings submitted through the gateway, reviewed by
 * product-governance-service (decision persisted) and their listing-reviewed events published to Kafka (the outbox
 * row marked published after the broker acknowledged it). Start and end are read from the database clock, so both
 * ends of the interval come from one clock.
 *
 * <p>
 * Phase 1 submits {@code count} listings as fast as {@code concurrency} clients can and measures the sustained
 * review rate and the submit latency under that load. Phase 2 submits at half that rate for {@code pacedSeconds}
 * and measures the submit latency a platform team sees at a steady, unsaturated load.
 */
public final class ListingReviewBenchmark {

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final List<String[]> merchants;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;

    private ListingReviewBenchmark(String gateway, List<String[]> merchants, String jdbcUrl, String dbUser,
            String dbPassword) {
        this.gateway = gateway;
        this.merchants = merchants;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: ListingReviewBenchmark GATEWAY_URL TOKENS_FILE JDBC_URL DB_USER DB_PASSWORD "
                    + "COUNT CONCURRENCY\n  TOKENS_FILE: one 'merchantId token' per line; the merchant ids share a "
                    + "prefix ending in '-' that no other merchant uses");
            System.exit(2);
        }
        List<String[]> merchants = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.trim().split("\\s+", 2)).toList();
        ListingReviewBenchmark bench = new ListingReviewBenchmark(args[0], merchants, args[2], args[3], args[4]);
        String merchant = merchants.get(0)[0].substring(0, merchants.get(0)[0].lastIndexOf('-') + 1) + "%";
        int count = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);

        int warmup = Math.max(100, count / 10);
        bench.submitAll(merchant, warmup, concurrency, new LatencyRecorder(warmup));
        bench.awaitPublished(merchant, warmup, null);

        Timestamp start = bench.dbNow();
        LatencyRecorder loaded = new LatencyRecorder(count);
        long submitNanos = bench.submitAll(merchant, count, concurrency, loaded);
        Timestamp end = bench.awaitPublished(merchant, count, start);
        double seconds = (end.getTime() - start.getTime()) / 1000.0;
        double reviewsPerSecond = count / seconds;
        System.out.printf("review.count=%d%n", count);
        System.out.printf("review.concurrency=%d%n", concurrency);
        System.out.printf("review.submit_rate_per_s=%.1f%n", count / (submitNanos / 1e9));
        System.out.printf("review.rate_per_s=%.1f%n", reviewsPerSecond);
        System.out.printf("review.submit_p50_ms_loaded=%.2f%n", loaded.percentileMillis(50));
        System.out.printf("review.submit_p99_ms_loaded=%.2f%n", loaded.percentileMillis(99));

        int pacedRate = Math.max(1, (int) (reviewsPerSecond / 2));
        int pacedCount = pacedRate * 10;
        LatencyRecorder paced = new LatencyRecorder(pacedCount);
        bench.submitPaced(merchant, pacedCount, pacedRate, paced);
        System.out.printf("review.paced_rate_per_s=%d%n", pacedRate);
        System.out.printf("review.submit_p50_ms_paced=%.2f%n", paced.percentileMillis(50));
        System.out.printf("review.submit_p99_ms_paced=%.2f%n", paced.percentileMillis(99));
    }

    private long submitAll(String merchant, int count, int concurrency, LatencyRecorder latencies)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicInteger failures = new AtomicInteger();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                inFlight.acquire();
                int n = i;
                pool.submit(() -> {
                    try {
                        submitOne(merchant, n, latencies, failures);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        failIf(failures);
        return System.nanoTime() - t0;
    }

    private void submitPaced(String merchant, int count, int perSecond, LatencyRecorder latencies)
            throws InterruptedException {
        AtomicInteger failures = new AtomicInteger();
        long intervalNanos = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next += intervalNanos;
                int n = i;
                pool.submit(() -> submitOne(merchant, n, latencies, failures));
            }
        }
        failIf(failures);
    }

    /**
     * Mostly clean titles and about 2% with a claim, as the platform sees them; listings are spread over many
     * merchants so that no merchant collects enough points to be suspended during the run.
     */
    private void submitOne(String merchantPattern, int n, LatencyRecorder latencies, AtomicInteger failures) {
        String[] merchant = merchants.get((n / 50) % merchants.size());
        String title = (n % 50 == 7 ? "全网最低价 " : "") + "纯棉圆领短袖T恤 重磅 #" + n;
        String body = "{\"title\":\"" + title + "\",\"description\":\"240g 精梳棉，宽松版型，多色可选。\","
                + "\"category\":\"APPAREL\",\"priceFen\":" + (8800 + n % 400) + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/listings"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + merchant[1])
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.record(System.nanoTime() - t0);
            if (response.statusCode() != 202) {
                failures.incrementAndGet();
                System.err.println("submit answered " + response.statusCode() + ": " + response.body());
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("submit failed: " + e);
        }
    }

    private static void failIf(AtomicInteger failures) {
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " submissions failed; see above");
        }
    }

    private Timestamp dbNow() throws SQLException {
        try (Connection db = connect(); ResultSet rs = db.createStatement().executeQuery("select now()")) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    /** Waits until every listing of the phase has its decision persisted and listing-reviewed published. */
    private Timestamp awaitPublished(String merchant, int expected, Timestamp since) throws Exception {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        try (Connection db = connect()) {
            while (true) {
                Object[] row = published(db, merchant, since);
                if ((long) row[0] >= expected) {
                    return (Timestamp) row[1];
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + row[0] + " of " + expected + " reviews published within "
                            + DRAIN_TIMEOUT);
                }
                Thread.sleep(100);
            }
        }
    }

    private static Object[] published(Connection db, String merchant, Timestamp since) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                """
                        select count(*), max(o.published_at)
                        from listing l
                        join listing_review r on r.listing_id = l.id
                        join outbox_event o on o.topic = 'listing-reviewed' and o.record_key = l.id::text
                        where l.merchant_id like ? and o.published_at is not null and (?::timestamptz is null or l.submitted_at >= ?)
                        """)) {
            query.setString(1, merchant);
            query.setTimestamp(2, since);
            query.setTimestamp(3, since);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new Object[]{rs.getLong(1), rs.getTimestamp(2)};
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }
}
