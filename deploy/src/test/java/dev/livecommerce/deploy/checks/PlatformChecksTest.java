package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.livecommerce.deploy.checks.Manifests.elements;
import static dev.livecommerce.deploy.checks.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services stand on and how they survive disruption: Kafka topics, autoscalers, disruption budgets. */
class PlatformChecksTest {

    private static final List<String> AUTOSCALED = List.of(Suite.GATEWAY, "livestream-moderation-service");
    /** Connections each service pod may hold: the service kit's default DB_POOL_MAX. */
    private static final int POOL_CONNECTIONS_MAX = 20;
    /** Connections kept for superusers, the operator and people on call. */
    private static final int CONNECTIONS_HEADROOM = 20;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyTopicOfTheEventContractIsProvisioned(Manifests overlay) {
        Set<String> contract = Contract.topics();
        Set<String> missing = new TreeSet<>(contract);
        missing.removeAll(topicNames(overlay));
        assertEquals(Set.of(), missing, overlay + ": channels of " + Contract.ASYNCAPI + " without a KafkaTopic");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyProvisionedTopicIsInTheEventContract(Manifests overlay) {
        Set<String> undocumented = topicNames(overlay);
        undocumented.removeAll(Contract.topics());
        assertEquals(Set.of(), undocumented, overlay + ": KafkaTopics that subscribers cannot find in "
                + Contract.ASYNCAPI);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void kafkaRunsInKraftModeOnPersistentNodePools(Manifests overlay) {
        JsonNode kafka = overlay.ofKind("Kafka").findFirst().orElseThrow();
        List<JsonNode> pools = overlay.ofKind("KafkaNodePool").filter(p -> belongsTo(p, name(kafka)))
                .map(p -> (JsonNode) p).toList();
        assertAll(
                () -> assertEquals("enabled", kafka.path("metadata").path("annotations").path("strimzi.io/kraft")
                        .asText(), "strimzi.io/kraft"),
                () -> assertEquals("enabled", kafka.path("metadata").path("annotations")
                        .path("strimzi.io/node-pools").asText(), "strimzi.io/node-pools"),
                () -> assertFalse(kafka.path("spec").has("zookeeper"), "KRaft needs no ZooKeeper"),
                () -> assertTrue(pools.stream().anyMatch(p -> roles(p).contains("controller")), "no controllers"),
                () -> assertTrue(pools.stream().anyMatch(p -> roles(p).contains("broker")), "no brokers"),
                () -> assertAll(pools.stream().map(p -> () -> assertTrue(persistent(p.path("spec").path("storage")),
                        overlay + ": KafkaNodePool " + name(p) + " must store on persistent claims"))));
    }

    /** replicas <= brokers and 2 <= min.insync.replicas < replicas: acknowledged writes survive a lost broker. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyTopicKeepsAcceptingWritesWhenABrokerIsDown(Manifests overlay) {
        JsonNode kafka = overlay.ofKind("Kafka").findFirst().orElseThrow();
        int brokers = overlay.ofKind("KafkaNodePool").filter(p -> belongsTo(p, name(kafka)))
                .filter(p -> roles(p).contains("broker")).mapToInt(p -> p.path("spec").path("replicas").asInt())
                .sum();
        assertAll(overlay.ofKind("KafkaTopic").map(topic -> () -> {
            JsonNode spec = topic.path("spec");
            int replicas = spec.path("replicas").asInt();
            int minInsync = spec.path("config").path("min.insync.replicas").asInt();
            String what = overlay + ": KafkaTopic " + name(topic);
            assertTrue(belongsTo(topic, name(kafka)), what + " is not labelled for Kafka " + name(kafka));
            assertTrue(spec.path("partitions").asInt() > 0, what + " needs partitions");
            assertTrue(replicas <= brokers, what + " wants " + replicas + " replicas, there are " + brokers
                    + " brokers");
            assertTrue(minInsync >= 2 && minInsync < replicas, what + ": min.insync.replicas " + minInsync
                    + " with replicas " + replicas);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyServiceHasADisruptionBudgetThatLetsNodesDrain(Manifests overlay) {
        assertAll(Suite.SERVICES.stream().map(service -> () -> {
            JsonNode labels = overlay.get("Deployment", service).path("spec").path("template").path("metadata")
                    .path("labels");
            List<JsonNode> budgets = overlay.ofKind("PodDisruptionBudget")
                    .filter(b -> Selectors.matches(b.path("spec").path("selector"), labels))
                    .map(b -> (JsonNode) b).toList();
            assertEquals(1, budgets.size(), overlay + ": disruption budgets covering " + service);
            assertTrue(budgets.get(0).path("spec").path("maxUnavailable").asInt() >= 1,
                    overlay + ": the budget of " + service + " must allow one pod at a time to be evicted");
        }));
    }

    /** An autoscaled Deployment must not set replicas: every re-apply would reset the autoscaler's choice. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void autoscaledServicesLeaveTheirReplicasToTheAutoscaler(Manifests overlay) {
        assertAll(AUTOSCALED.stream().map(service -> () -> {
            JsonNode autoscaler = overlay.get("HorizontalPodAutoscaler", service).path("spec");
            assertEquals("Deployment", autoscaler.path("scaleTargetRef").path("kind").asText(), service);
            assertEquals(service, autoscaler.path("scaleTargetRef").path("name").asText(), service);
            assertFalse(overlay.get("Deployment", service).path("spec").has("replicas"),
                    overlay + ": Deployment " + service + " is autoscaled and must not set replicas");
            int min = autoscaler.path("minReplicas").asInt(1);
            assertTrue(min >= 1 && min <= autoscaler.path("maxReplicas").asInt(), overlay + ": " + service
                    + " minReplicas " + min + " above maxReplicas");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void postgresAcceptsTheConnectionPoolsOfEveryServicePodAtFullScale(Manifests overlay) {
        int podsMax = Suite.BACKENDS.stream().mapToInt(service -> overlay.find("HorizontalPodAutoscaler", service)
                .map(hpa -> hpa.path("spec").path("maxReplicas").asInt())
                .orElseGet(() -> overlay.get("Deployment", service).path("spec").path("replicas").asInt(1))).sum();
        int maxConnections = overlay.ofKind("Cluster").findFirst().orElseThrow().path("spec").path("postgresql")
                .path("parameters").path("max_connections").asInt(100);
        assertTrue(maxConnections >= podsMax * POOL_CONNECTIONS_MAX + CONNECTIONS_HEADROOM, overlay + ": "
                + podsMax + " service pods at full scale need more than max_connections " + maxConnections);
    }

    @Test
    void productionRunsThreePostgresInstancesAndThreeKafkaNodes() {
        Manifests production = Overlays.rendered(Overlays.PRODUCTION);
        assertEquals(3, production.ofKind("Cluster").findFirst().orElseThrow().path("spec").path("instances")
                .asInt(), "PostgreSQL instances");
        assertEquals(3, production.ofKind("KafkaNodePool").mapToInt(p -> p.path("spec").path("replicas").asInt())
                .sum(), "Kafka nodes");
    }

    private static Set<String> topicNames(Manifests overlay) {
        Set<String> names = new TreeSet<>();
        overlay.ofKind("KafkaTopic").forEach(t -> names.add(t.path("spec").path("topicName").asText(name(t))));
        return names;
    }

    private static boolean belongsTo(JsonNode resource, String kafka) {
        return kafka.equals(resource.path("metadata").path("labels").path("strimzi.io/cluster").asText());
    }

    private static List<String> roles(JsonNode pool) {
        return elements(pool.path("spec").path("roles")).map(JsonNode::asText).toList();
    }

    private static boolean persistent(JsonNode storage) {
        return switch (storage.path("type").asText()) {
            case "persistent-claim" -> true;
            case "jbod" -> !storage.path("volumes").isEmpty() && elements(storage.path("volumes"))
                    .allMatch(v -> "persistent-claim".equals(v.path("type").asText()));
            default -> false;
        };
    }
}
