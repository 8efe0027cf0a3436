package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static dev.livecommerce.deploy.checks.Manifests.elements;
import static dev.livecommerce.deploy.checks.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who can reach what: Services, the Ingress and the NetworkPolicies. */
class ExposureChecksTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyServiceExceptTheGatewayIsClusterInternal(Manifests overlay) {
        assertAll(overlay.ofKind("Service").filter(s -> !name(s).equals(Suite.GATEWAY)).map(s -> () -> assertEquals(
                "ClusterIP", s.path("spec").path("type").asText("ClusterIP"), overlay + ": type of " + name(s))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyServiceSelectsItsPodsAndTheirPort(Manifests overlay) {
        assertAll(Suite.SERVICES.stream().map(service -> () -> {
            JsonNode spec = overlay.get("Service", service).path("spec");
            JsonNode pod = overlay.get("Deployment", service).path("spec").path("template");
            assertFalse(spec.path("selector").isEmpty(), overlay + ": Service " + service + " selects no pods");
            assertTrue(Selectors.equalityMatches(spec.path("selector"), pod.path("metadata").path("labels")),
                    overlay + ": Service " + service + " does not select the pods of Deployment " + service);
            JsonNode container = overlay.container(service);
            assertTrue(elements(spec.path("ports")).allMatch(
                    p -> elements(container.path("ports")).anyMatch(cp -> targets(p, cp))),
                    overlay + ": a port of Service " + service + " targets no container port");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void onlyTheGatewayIsExposedByAnIngress(Manifests overlay) {
        List<JsonNode> backends = overlay.ofKind("Ingress").flatMap(i -> elements(i.path("spec").path("rules")))
                .flatMap(rule -> elements(rule.path("http").path("paths"))).toList();
        assertFalse(backends.isEmpty(), overlay + ": the gateway has no Ingress");
        assertAll(backends.stream().map(path -> () -> {
            JsonNode service = path.path("backend").path("service");
            assertEquals(Suite.GATEWAY, service.path("name").asText(), overlay + ": Ingress path " + path);
            assertTrue(elements(overlay.get("Service", Suite.GATEWAY).path("spec").path("ports"))
                    .anyMatch(p -> p.path("name").equals(service.path("port").path("name"))
                            || p.path("port").equals(service.path("port").path("number"))),
                    overlay + ": Ingress path " + path + " uses a port the gateway Service does not expose");
            assertFalse("/q/".startsWith(path.path("path").asText("/")),
                    overlay + ": Ingress path " + path + " would publish /q/ (health and metrics)");
        }));
    }

    /**
     * Every pod of the four services is selected by a NetworkPolicy, and every ingress rule selecting it admits
     * only the gateway's pods or the monitoring namespace.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void servicesAcceptTrafficOnlyFromTheGatewayAndMonitoring(Manifests overlay) {
        JsonNode gatewayLabels = overlay.get("Deployment", Suite.GATEWAY).path("spec").path("template")
                .path("metadata").path("labels");
        assertAll(Suite.BACKENDS.stream().map(service -> () -> {
            JsonNode labels = overlay.get("Deployment", service).path("spec").path("template").path("metadata")
                    .path("labels");
            List<JsonNode> policies = overlay.ofKind("NetworkPolicy")
                    .filter(p -> Selectors.matches(p.path("spec").path("podSelector"), labels))
                    .filter(p -> elements(p.path("spec").path("policyTypes")).anyMatch(t -> t.asText().equals(
                            "Ingress")) || p.path("spec").has("ingress"))
                    .map(p -> (JsonNode) p).toList();
            assertFalse(policies.isEmpty(), overlay + ": no NetworkPolicy restricts traffic into " + service);
            assertAll(policies.stream().flatMap(p -> elements(p.path("spec").path("ingress"))).map(rule -> () -> {
                assertTrue(rule.has("from") && !rule.path("from").isEmpty(),
                        overlay + ": an ingress rule for " + service + " admits every source");
                assertTrue(elements(rule.path("from")).allMatch(peer -> isGateway(peer, gatewayLabels)
                        || isMonitoring(peer)), overlay + ": " + service + " admits " + rule.path("from"));
            }));
        }));
    }

    private static boolean isGateway(JsonNode peer, JsonNode gatewayLabels) {
        JsonNode podSelector = peer.path("podSelector");
        return !peer.has("namespaceSelector") && !peer.has("ipBlock") && !podSelector.isEmpty()
                && Selectors.matches(podSelector, gatewayLabels)
                && podSelector.path("matchLabels").path("app.kubernetes.io/name").asText().equals(Suite.GATEWAY);
    }

    private static boolean isMonitoring(JsonNode peer) {
        return !peer.has("ipBlock") && peer.path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText().equals(Suite.MONITORING_NAMESPACE);
    }

    /** A Service port reaches a container port by its name or its number. */
    private static boolean targets(JsonNode servicePort, JsonNode containerPort) {
        JsonNode target = servicePort.has("targetPort") ? servicePort.get("targetPort") : servicePort.get("port");
        return target.isTextual()
                ? target.asText().equals(containerPort.path("name").asText())
                : target.asInt() == containerPort.path("containerPort").asInt();
    }
}
