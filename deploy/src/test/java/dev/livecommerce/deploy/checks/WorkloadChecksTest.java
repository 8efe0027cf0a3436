package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.livecommerce.deploy.checks.Manifests.containers;
import static dev.livecommerce.deploy.checks.Manifests.elements;
import static dev.livecommerce.deploy.checks.Manifests.name;
import static dev.livecommerce.deploy.checks.Manifests.podSpec;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How every pod of every overlay runs: probes, resources, security, shutdown, metrics, images. */
class WorkloadChecksTest {

    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");
    private static final int PRE_STOP_SLEEP_SECONDS_MAX = 15;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyServiceIsDeployedWithItsServiceAndConfigMap(Manifests overlay) {
        assertAll(Suite.SERVICES.stream().flatMap(service -> List.of("Deployment", "Service", "ConfigMap").stream()
                .map(kind -> () -> assertTrue(overlay.find(kind, service).isPresent(),
                        overlay + ": " + kind + " " + service + " is missing"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyContainerHasStartupLivenessAndReadinessProbes(Manifests overlay) {
        assertAll(everyContainer(overlay).flatMap(c -> PROBE_PATHS.entrySet().stream().map(probe -> () -> {
            JsonNode httpGet = c.container.path(probe.getKey()).path("httpGet");
            assertEquals(probe.getValue(), httpGet.path("path").asText(null), c + ": " + probe.getKey() + " path");
            assertTrue(servesHttp(c.container, httpGet.path("port")), c + ": " + probe.getKey()
                    + " must probe the HTTP port");
        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyContainerRequestsAndLimitsCpuAndMemory(Manifests overlay) {
        assertAll(everyContainer(overlay).flatMap(c -> List.of("requests", "limits").stream()
                .flatMap(bound -> List.of("cpu", "memory").stream().map(resource -> () -> assertTrue(
                        c.container.path("resources").path(bound).path(resource).isValueNode(),
                        c + ": resources." + bound + "." + resource + " is missing")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyContainerRunsAsNonRootWithAReadOnlyRootFilesystemAndNoCapabilities(Manifests overlay) {
        assertAll(everyContainer(overlay).map(c -> () -> {
            JsonNode pod = podSpec(c.deployment).path("securityContext");
            JsonNode container = c.container.path("securityContext");
            assertAll(c.toString(),
                    () -> assertTrue(effective(pod, container, "runAsNonRoot").asBoolean(), "runAsNonRoot"),
                    () -> assertEquals(185, effective(pod, container, "runAsUser").asInt(), "runAsUser"),
                    () -> assertEquals("RuntimeDefault",
                            effective(pod, container, "seccompProfile").path("type").asText(), "seccompProfile"),
                    () -> assertTrue(container.path("readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem"),
                    () -> assertTrue(container.has("allowPrivilegeEscalation")
                            && !container.path("allowPrivilegeEscalation").asBoolean(), "allowPrivilegeEscalation"),
                    () -> assertEquals(List.of("ALL"), texts(container.path("capabilities").path("drop")),
                            "capabilities.drop"));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyContainerCanWriteTmpOnAnEmptyDir(Manifests overlay) {
        assertAll(everyContainer(overlay).map(c -> () -> {
            String volume = elements(c.container.path("volumeMounts"))
                    .filter(m -> "/tmp".equals(m.path("mountPath").asText()))
                    .map(m -> m.path("name").asText()).findFirst().orElse(null);
            assertTrue(volume != null, c + ": /tmp is not mounted (the root filesystem is read-only)");
            assertTrue(elements(podSpec(c.deployment).path("volumes"))
                    .anyMatch(v -> volume.equals(v.path("name").asText()) && v.has("emptyDir")),
                    c + ": /tmp must be an emptyDir");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyPodFinishesInFlightWorkBeforeItStops(Manifests overlay) {
        assertAll(everyContainer(overlay).map(c -> () -> {
            assertEquals(45, podSpec(c.deployment).path("terminationGracePeriodSeconds").asInt(),
                    c + ": terminationGracePeriodSeconds");
            JsonNode preStop = c.container.path("lifecycle").path("preStop");
            int sleepSeconds = preStop.path("sleep").path("seconds").asInt(0);
            assertTrue(sleepSeconds > 0 && sleepSeconds <= PRE_STOP_SLEEP_SECONDS_MAX, c
                    + ": preStop must sleep (1 to " + PRE_STOP_SLEEP_SECONDS_MAX
                    + " s) so endpoints are removed before the service gets SIGTERM");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyPodIsScrapedForMetrics(Manifests overlay) {
        assertAll(overlay.ofKind("Deployment").map(d -> () -> {
            JsonNode annotations = d.path("spec").path("template").path("metadata").path("annotations");
            assertEquals("true", annotations.path("prometheus.io/scrape").asText(), name(d) + ": scrape");
            assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText(), name(d) + ": path");
            assertEquals(String.valueOf(Suite.HTTP_PORT), annotations.path("prometheus.io/port").asText(),
                    name(d) + ": port");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyImageIsAReleaseOfItsService(Manifests overlay) {
        assertAll(everyContainer(overlay).map(c -> () -> {
            String image = c.container.path("image").asText();
            String repository = "ghcr.io/live-commerce/" + c.container.path("name").asText();
            String version = image.startsWith(repository) ? image.substring(repository.length()) : "";
            assertTrue(version.startsWith(":") || version.startsWith("@"),
                    c + ": image " + image + " must be a tag or digest of " + repository);
            assertFalse(version.equals(":latest"),
                    c + ": image " + image + " must name a release; a moving tag defeats rollbacks");
        }));
    }

    private static boolean servesHttp(JsonNode container, JsonNode port) {
        return port.asText().equals("http") && elements(container.path("ports")).anyMatch(
                p -> "http".equals(p.path("name").asText()) && p.path("containerPort").asInt() == Suite.HTTP_PORT);
    }

    /** A container's security setting, falling back to the pod's as Kubernetes does. */
    private static JsonNode effective(JsonNode pod, JsonNode container, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static List<String> texts(JsonNode array) {
        return elements(array).map(JsonNode::asText).toList();
    }

    private static Stream<DeployedContainer> everyContainer(Manifests overlay) {
        List<DeployedContainer> all = overlay.ofKind("Deployment").flatMap(
                d -> containers(d).stream().map(c -> new DeployedContainer(overlay.overlay(), d, c))).toList();
        assertFalse(all.isEmpty(), overlay + ": no containers");
        return all.stream();
    }

    private record DeployedContainer(String overlay, ObjectNode deployment, JsonNode container) {

        @Override
        public String toString() {
            return overlay + ": " + name(deployment) + "/" + container.path("name").asText();
        }
    }
}
