package dev.livecommerce.deploy.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.livecommerce.deploy.checks.Manifests.containers;
import static dev.livecommerce.deploy.checks.Manifests.elements;
import static dev.livecommerce.deploy.checks.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the services are told: environment variables, where they come from, and whether they fit together. */
class ConfigurationChecksTest {

    private static final Pattern SECRET_LOOKING = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY).*");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void noSecretIsInTheRepository(Manifests overlay) {
        assertAll(
                () -> assertEquals(List.of(), overlay.ofKind("Secret").map(Manifests::name).toList(),
                        overlay + ": Secrets are created by SREs (docs/operations.md), never committed"),
                () -> assertAll(overlay.ofKind("ConfigMap")
                        .flatMap(cm -> cm.path("data").properties().stream().map(Entry::getKey)
                                .map(key -> () -> assertFalse(SECRET_LOOKING.matcher(key).matches(),
                                        overlay + ": ConfigMap " + name(cm) + " holds " + key + ", a secret")))),
                () -> assertAll(overlay.ofKind("Deployment").flatMap(d -> containers(d).stream())
                        .flatMap(c -> elements(c.path("env")))
                        .filter(env -> SECRET_LOOKING.matcher(env.path("name").asText()).matches())
                        .map(env -> () -> assertFalse(env.has("value"),
                                overlay + ": " + env.path("name").asText() + " has an inline value"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void everyServiceGetsExactlyTheVariablesItReads(Manifests overlay) {
        assertAll(Suite.SERVICES.stream().map(service -> () -> {
            Environment environment = overlay.environment(overlay.container(service));
            List<String> expected = service.equals(Suite.GATEWAY) ? Suite.GATEWAY_VARIABLES : Suite.BACKEND_VARIABLES;
            assertEquals(Set.copyOf(expected), environment.names(), overlay + ": environment of " + service);
            assertEquals(String.valueOf(Suite.HTTP_PORT), environment.literal("HTTP_PORT").orElse(null),
                    overlay + ": HTTP_PORT of " + service);
            assertEquals("-XX:MaxRAMPercentage=75", environment.literal("JAVA_TOOL_OPTIONS").orElse(null),
                    overlay + ": the heap of " + service + " follows its memory limit");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void databaseCredentialsComeFromEachServicesOwnSecret(Manifests overlay) {
        assertAll(Suite.BACKENDS.stream().flatMap(service -> Stream.of("DB_USER", "DB_PASSWORD").map(variable -> () -> {
            JsonNode ref = overlay.environment(overlay.container(service)).secretKeyRef(variable);
            assertEquals(Suite.databaseSecret(service), ref.path("name").asText(null),
                    overlay + ": Secret of " + service + " " + variable);
            assertEquals(variable.equals("DB_USER") ? "username" : "password", ref.path("key").asText(null),
                    overlay + ": key of " + service + " " + variable + " (a kubernetes.io/basic-auth Secret)");
        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void servicesReachTheKafkaAndPostgresTheOverlayRuns(Manifests overlay) {
        JsonNode kafka = overlay.ofKind("Kafka").findFirst().orElseThrow();
        int plainPort = elements(kafka.path("spec").path("kafka").path("listeners"))
                .filter(l -> !l.path("tls").asBoolean()).mapToInt(l -> l.path("port").asInt()).findFirst()
                .orElseThrow();
        String bootstrap = name(kafka) + "-kafka-bootstrap:" + plainPort;
        String postgres = name(overlay.ofKind("Cluster").findFirst().orElseThrow()) + "-rw";
        assertAll(Suite.BACKENDS.stream().map(service -> () -> {
            Environment environment = overlay.environment(overlay.container(service));
            assertEquals(bootstrap, environment.literal("KAFKA_BOOTSTRAP_SERVERS").orElse(null), service);
            assertEquals(postgres, environment.literal("DB_HOST").orElse(null), service);
            assertEquals("5432", environment.literal("DB_PORT").orElse(null), service);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void eachServiceOwnsADatabaseWhoseOwnerUsesTheServicesSecret(Manifests overlay) {
        JsonNode cluster = overlay.ofKind("Cluster").findFirst().orElseThrow();
        JsonNode initdb = cluster.path("spec").path("bootstrap").path("initdb");
        Set<String> databaseNames = new HashSet<>();
        assertAll(Suite.BACKENDS.stream().map(service -> () -> {
            String database = overlay.environment(overlay.container(service)).literal("DB_NAME").orElseThrow();
            assertTrue(databaseNames.add(database), overlay + ": " + database + " is shared by two services");
            String owner = database.equals(initdb.path("database").asText())
                    ? initdb.path("owner").asText()
                    : overlay.ofKind("Database")
                            .filter(d -> database.equals(d.path("spec").path("name").asText()))
                            .filter(d -> name(cluster).equals(d.path("spec").path("cluster").path("name").asText()))
                            .map(d -> d.path("spec").path("owner").asText()).findFirst()
                            .orElse(null);
            assertTrue(owner != null, overlay + ": no initdb or Database resource creates " + database);
            JsonNode role = elements(cluster.path("spec").path("managed").path("roles"))
                    .filter(r -> owner.equals(r.path("name").asText())).findFirst().orElse(null);
            assertTrue(role != null, overlay + ": owner role " + owner + " is not in managed.roles");
            assertEquals(Suite.databaseSecret(service), role.path("passwordSecret").path("name").asText(null),
                    overlay + ": password Secret of role " + owner);
            assertTrue(role.path("login").asBoolean(), overlay + ": role " + owner + " must be able to log in");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void gatewayRoutesToEachServiceThroughItsKubernetesService(Manifests overlay) {
        Environment gateway = overlay.environment(overlay.container(Suite.GATEWAY));
        assertAll(Suite.GATEWAY_ROUTES.entrySet().stream().map(route -> () -> {
            URI url = URI.create(gateway.literal(route.getKey()).orElseThrow());
            assertEquals(route.getValue(), url.getHost(), overlay + ": host of " + route.getKey());
            JsonNode service = overlay.get("Service", route.getValue());
            assertTrue(elements(service.path("spec").path("ports")).anyMatch(p -> p.path("port").asInt() == url
                    .getPort()), overlay + ": " + route.getKey() + " uses a port Service " + route.getValue()
                            + " does not expose");
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.livecommerce.deploy.checks.Overlays#all")
    void labelsAnnotationsConfigMapDataAndEnvValuesAreStrings(Manifests overlay) {
        Stream<JsonNode> maps = overlay.resources().stream().flatMap(r -> Stream.of(
                r.path("metadata").path("labels"), r.path("metadata").path("annotations"), r.path("data"),
                r.path("spec").path("template").path("metadata").path("labels"),
                r.path("spec").path("template").path("metadata").path("annotations")));
        Stream<JsonNode> envValues = overlay.ofKind("Deployment").flatMap(d -> containers(d).stream())
                .flatMap(c -> elements(c.path("env"))).map(env -> env.path("value"));
        assertAll(Stream.concat(maps.flatMap(Manifests::elements), envValues).filter(v -> !v.isMissingNode())
                .map(value -> () -> assertTrue(value.isTextual(),
                        overlay + ": " + value + " must be quoted, the API server accepts only strings here")));
    }

    @Test
    void productionExportsTracesAndVerifiesTokensWithTheIdentityProvidersKeys() {
        Manifests production = Overlays.rendered(Overlays.PRODUCTION);
        Environment gateway = production.environment(production.container(Suite.GATEWAY));
        assertAll(
                () -> assertTrue(gateway.literal("JWT_ISSUER").orElse("").startsWith("https://"), "JWT_ISSUER"),
                () -> assertTrue(gateway.literal("JWT_PUBLIC_KEY_LOCATION").orElse("").startsWith("https://"),
                        "JWT_PUBLIC_KEY_LOCATION must be the JWKS URL of the identity provider"),
                () -> assertAll(Suite.SERVICES.stream().map(service -> () -> assertEquals("otlp",
                        production.environment(production.container(service)).literal("OTEL_TRACES_EXPORTER")
                                .orElse(null),
                        "OTEL_TRACES_EXPORTER of " + service))));
    }
}
