package dev.livecommerce.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Livestream moderation throughput and latency against a running moderation service, compared with a plain Kafka
 * consumer on the same broker in the same run.
 * <ol>
 * <li>Starts {@code rooms} rooms (livestream-started) and produces {@code count} segments (mostly clean selling talk,
 * about 2% with a violation, speech and chat) to livestream-segment-posted as fast as the producer can.</li>
 * <li>Sustained rate: segments the service checked or dead-lettered ({@code moderation_segments_checked_total} and
 * {@code moderation_segments_dead_lettered_total} at /q/metrics; a cut room's later segments are dead-lettered) over
 * the time from the first send to the last one counted.</li>
 * <li>Baseline: a plain consumer reads the same records and produces one small record per input.</li>
 * <li>Latency: segments are produced at half the sustained rate for {@code pacedSeconds}; for each segment with a
 * violation, the time from its send to the first violation-detected record of it read back.</li>
 * </ol>
 */
public final class LivestreamModerationBenchmark {

    private static final String SEGMENTS = "livestream-segment-posted";
    /** Share of segments that carry a violation: about 2 in a hundred in real selling talk. */
    private static final int VIOLATION_PERCENT = Integer.getInteger("bench.violation-percent", 2);
    private static final String STARTED = "livestream-started";
    private static final String ENDED = "livestream-ended";
    private static final String VIOLATIONS = "violation-detected";
    private static final String BASELINE_OUT = "bench.baseline-out";
    private static final String SOURCE = "/livestream-moderation-service";
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern CHECKED = Pattern
            .compile("(?m)^moderation_segments_checked_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
    private static final Pattern DEAD_LETTERED = Pattern
            .compile("(?m)^moderation_segments_dead_lettered_total(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
    private static final Pattern ROOMS_LIVE = Pattern
            .compile("(?m)^moderation_rooms_live(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
    private static final Pattern SEGMENT_ID = Pattern.compile("\"segmentId\"\\s*:\\s*\"([^\"]+)\"");

    private static final String[] CLEAN_SPEECH = {"家人们看一下这个面料，摸起来很舒服", "今天直播间下单的都送运费险",
            "这个颜色特别显白，小个子也能穿", "库存不多了，喜欢的赶紧拍", "我们看一下细节，走线很整齐",
            "这款是我们自己工厂做的，品质有保证", "点一下左下角的小黄车，三号链接", "尺码有S到XL，按平时的码数拍就可以"};
    private static final String[] CLEAN_CHAT = {"主播这个有优惠券吗", "三号链接还有吗", "165斤穿什么码", "已拍",
            "颜色好看", "什么时候发货", "有没有黑色", "主播好"};
    private static final String[] VIOLATING_SPEECH = {"这个价格是全网最低价，错过就没有了", "这款面霜用了七天美白祛斑",
            "我们家是全网第一的销量", "原价2999，今天到手价29.9"};
    private static final String[] VIOLATING_CHAT = {"加我vx便宜卖", "私聊加微信13800138000", "想要的加V：lh8899"};
    private static final String[] CATEGORIES = {"APPAREL", "COSMETICS", "FOOD", "HOME", "ELECTRONICS"};

    private final String bootstrap;
    private final String moderationUrl;
    private final String run = "bench" + Long.toString(System.currentTimeMillis(), 36);
    private final Random random = new Random(42);
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Long> offsetMs = new HashMap<>();
    private int sequence;

    private LivestreamModerationBenchmark(String bootstrap, String moderationUrl) {
        this.bootstrap = bootstrap;
        this.moderationUrl = moderationUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LivestreamModerationBenchmark BOOTSTRAP_SERVERS MODERATION_URL COUNT ROOMS "
                    + "PACED_SECONDS");
            System.exit(2);
        }
        new LivestreamModerationBenchmark(args[0], args[1]).measure(Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }

    private void measure(int count, int rooms, int pacedSeconds) throws Exception {
        ensureTopics();
        List<String> roomIds = startRooms(rooms);
        List<ProducerRecord<String, byte[]>> segments = new ArrayList<>(count);
        int violating = 0;
        for (int i = 0; i < count; i++) {
            boolean violation = random.nextInt(100) < VIOLATION_PERCENT;
            violating += violation ? 1 : 0;
            segments.add(segment(roomIds.get(random.nextInt(roomIds.size())), violation));
        }
        Map<TopicPartition, Long> before = endOffsets(SEGMENTS);
        double checkedBefore = metric(CHECKED);
        double deadLetteredBefore = metric(DEAD_LETTERED);
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (ProducerRecord<String, byte[]> record : segments) {
                producer.send(record);
            }
            producer.flush();
        }
        double produceSeconds = (System.nanoTime() - start) / 1e9;
        double target = checkedBefore + count;
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        double checked = checkedBefore;
        while (checked < target && System.nanoTime() < deadline) {
            // One scrape per 100 ms: scraping costs the service CPU too, and the end is then known within 100 ms.
            Thread.sleep(100);
            String metrics = metrics();
            checked = sum(CHECKED, metrics) + sum(DEAD_LETTERED, metrics) - deadLetteredBefore;
        }
        double serviceSeconds = (System.nanoTime() - start) / 1e9;
        if (checked < target) {
            throw new IllegalStateException("the service handled " + (long) (checked - checkedBefore) + " of "
                    + count + " segments within " + DRAIN_TIMEOUT);
        }
        double serviceRate = count / serviceSeconds;
        Map<TopicPartition, Long> after = endOffsets(SEGMENTS);
        double baselineRate = baseline(before, after);
        print("segments.count", count);
        print("segments.with_violation", violating);
        print("segments.rooms", rooms);
        print("segments.dead_lettered", String.format("%.0f", metric(DEAD_LETTERED) - deadLetteredBefore));
        print("produce.rate_per_s", String.format("%.0f", count / produceSeconds));
        print("moderation.rate_per_s", String.format("%.0f", serviceRate));
        print("baseline.rate_per_s", String.format("%.0f", baselineRate));
        print("ratio.moderation_to_baseline", String.format("%.3f   (target >= 0.5)", serviceRate / baselineRate));
        paced(roomIds, serviceRate / 2, pacedSeconds);
        endRooms(roomIds);
    }

    /** Ends the run's rooms (livestream-ended), so runs do not leave the service with ever more live rooms. */
    private void endRooms(List<String> roomIds) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int r = 0; r < roomIds.size(); r++) {
                String roomId = roomIds.get(r);
                String data = "{\"roomId\":\"" + roomId + "\",\"merchantId\":\"" + merchantOf(r) + "\",\"hostId\":\""
                        + hostOf(roomId) + "\",\"endedAt\":\"" + Instant.now() + "\",\"reason\":\"SCHEDULE_OVER\"}";
                producer.send(new ProducerRecord<>(ENDED, roomId, envelope(ENDED, roomId, data)));
            }
            producer.flush();
        }
    }

    private String merchantOf(int room) {
        return "m-" + run + "-" + (room % 50);
    }

    private String hostOf(String roomId) {
        return "host-" + roomId;
    }

    /** Segments at {@code ratePerS} for {@code seconds}; latency from send to the first violation-detected read. */
    private void paced(List<String> roomIds, double ratePerS, int seconds) throws Exception {
        Map<String, Long> sentNanos = new ConcurrentHashMap<>();
        LatencyRecorder latency = new LatencyRecorder((int) (ratePerS * seconds) + 1);
        int total = (int) (ratePerS * seconds);
        try (KafkaConsumer<String, byte[]> violations = consumer("bench-" + run + "-violations");
                KafkaProducer<String, byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitions(violations, VIOLATIONS);
            violations.assign(partitions);
            violations.seekToEnd(partitions);
            partitions.forEach(violations::position);
            long intervalNanos = (long) (1e9 / ratePerS);
            long start = System.nanoTime();
            int expected = 0;
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                while (System.nanoTime() < due) {
                    read(violations, sentNanos, latency, Duration.ZERO);
                }
                boolean violation = random.nextInt(100) < VIOLATION_PERCENT;
                ProducerRecord<String, byte[]> record = segment(roomIds.get(random.nextInt(roomIds.size())),
                        violation);
                if (violation) {
                    sentNanos.put(segmentIdOf(record.value()), System.nanoTime());
                    expected++;
                }
                producer.send(record);
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (latency.count() < expected && System.nanoTime() < deadline) {
                read(violations, sentNanos, latency, Duration.ofMillis(100));
            }
            print("paced.rate_per_s", String.format("%.0f", ratePerS));
            print("paced.segments_with_violation", expected);
            print("paced.violations_seen", latency.count());
            print("latency.p50_ms", String.format("%.1f", latency.percentileMillis(50)));
            print("latency.p99_ms", String.format("%.1f   (target <= 100)", latency.percentileMillis(99)));
        }
    }

    private static void read(KafkaConsumer<String, byte[]> violations, Map<String, Long> sentNanos,
            LatencyRecorder latency, Duration wait) {
        for (ConsumerRecord<String, byte[]> record : violations.poll(wait)) {
            long now = System.nanoTime();
            Long sent = sentNanos.remove(segmentIdOf(record.value()));
            if (sent != null) {
                latency.record(now - sent);
            }
        }
    }

    /** A plain consumer that reads the records of phase 1 and produces one small record per input. */
    private double baseline(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        long records = 0;
        long total = to.entrySet().stream().mapToLong(e -> e.getValue() - from.getOrDefault(e.getKey(), 0L)).sum();
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-" + run + "-baseline");
                KafkaProducer<String, byte[]> producer = producer()) {
            consumer.assign(to.keySet());
            from.forEach(consumer::seek);
            byte[] small = "{\"seen\":true}".getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            long deadline = start + DRAIN_TIMEOUT.toNanos();
            while (records < total && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.offset() < to.get(new TopicPartition(record.topic(), record.partition()))) {
                        producer.send(new ProducerRecord<>(BASELINE_OUT, record.key(), small));
                        records++;
                    }
                }
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private List<String> startRooms(int rooms) throws Exception {
        List<String> ids = new ArrayList<>(rooms);
        double liveBefore = metric(ROOMS_LIVE);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int r = 0; r < rooms; r++) {
                String roomId = run + "-room-" + r;
                String data = "{\"roomId\":\"" + roomId + "\",\"merchantId\":\"" + merchantOf(r)
                        + "\",\"hostId\":\"" + hostOf(roomId) + "\",\"categories\":[\"" + CATEGORIES[r
                                % CATEGORIES.length]
                        + "\",\"" + CATEGORIES[(r + 1) % CATEGORIES.length]
                        + "\"],\"startedAt\":\"" + Instant.now() + "\"}";
                producer.send(new ProducerRecord<>(STARTED, roomId, envelope(STARTED, roomId, data)));
                ids.add(roomId);
                offsetMs.put(roomId, 0L);
            }
            producer.flush();
        }
        // Every room must be registered before its segments arrive, or they are dead-lettered as UNKNOWN_ROOM.
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (metric(ROOMS_LIVE) < liveBefore + rooms && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(Long.getLong("bench.room-settle-ms", 3000));
        return ids;
    }

    private ProducerRecord<String, byte[]> segment(String roomId, boolean violation) {
        boolean speech = random.nextInt(100) < 70;
        String[] texts = speech
                ? (violation ? VIOLATING_SPEECH : CLEAN_SPEECH)
                : (violation ? VIOLATING_CHAT : CLEAN_CHAT);
        long offset = offsetMs.merge(roomId, 1500L, Long::sum);
        String segmentId = run + "-s-" + (sequence++);
        String data = "{\"segmentId\":\"" + segmentId + "\",\"roomId\":\"" + roomId + "\",\"channel\":\""
                + (speech ? "SPEECH" : "CHAT") + "\",\"speakerId\":\"" + (speech
                        ? hostOf(roomId)
                        : "viewer-" + random.nextInt(100_000))
                + "\",\"text\":\"" + texts[random.nextInt(texts.length)]
                + "\",\"streamOffsetMs\":" + offset + (speech ? ",\"durationMs\":1400" : "") + ",\"postedAt\":\""
                + Instant.now() + "\"}";
        return new ProducerRecord<>(SEGMENTS, roomId, envelope(SEGMENTS, roomId, data));
    }

    private static byte[] envelope(String event, String subject, String data) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + SOURCE
                + "\",\"type\":\"dev.livecommerce." + event + ".v1\",\"subject\":\"" + subject + "\",\"time\":\""
                + Instant.now() + "\",\"datacontenttype\":\"application/json\",\"dataschema\":"
                + "\"urn:livecommerce:events:" + event + ":v1\",\"data\":" + data + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String segmentIdOf(byte[] value) {
        Matcher m = SEGMENT_ID.matcher(new String(value, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : "";
    }

    /** The sum of a metric's series at /q/metrics (0 before its first increment). */
    private double metric(Pattern series) throws Exception {
        return sum(series, metrics());
    }

    private String metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(moderationUrl + "/q/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double sum(Pattern series, String metrics) {
        Matcher m = series.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    private void ensureTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(SEGMENTS, STARTED, ENDED, VIOLATIONS, BASELINE_OUT)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, 6, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer("bench-" + run + "-offsets")) {
            return new HashMap<>(consumer.endOffsets(partitions(consumer, topic)));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Tuned for throughput alike for the load, the baseline and the paced phase: the sends of the load phase
        // compete with the service for the same cores, so they should end as soon as possible.
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<String, byte[]> consumer(String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
