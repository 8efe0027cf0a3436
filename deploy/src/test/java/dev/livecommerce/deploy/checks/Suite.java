package dev.livecommerce.deploy.checks;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the manifests must deploy: the services and the environment variables each one reads. */
final class Suite {

    static final String GATEWAY = "gateway";
    static final List<String> BACKENDS = List.of("product-governance-service", "livestream-moderation-service",
            "after-sales-service", "merchant-subsidy-service");
    static final List<String> SERVICES = Stream.concat(Stream.of(GATEWAY), BACKENDS.stream()).toList();

    static final List<String> BACKEND_VARIABLES = List.of("HTTP_PORT", "DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
            "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_EXPORTER",
            "JAVA_TOOL_OPTIONS");
    static final List<String> GATEWAY_VARIABLES = List.of("HTTP_PORT", "OTEL_EXPORTER_OTLP_ENDPOINT",
            "OTEL_TRACES_EXPORTER", "GOVERNANCE_URL", "MODERATION_URL", "AFTER_SALES_URL", "SUBSIDY_URL",
            "JWT_ISSUER", "JWT_PUBLIC_KEY_LOCATION", "JAVA_TOOL_OPTIONS");

    /** The backend each of the gateway's URL variables must point at. */
    static final Map<String, String> GATEWAY_ROUTES = Map.of(
            "GOVERNANCE_URL", "product-governance-service",
            "MODERATION_URL", "livestream-moderation-service",
            "AFTER_SALES_URL", "after-sales-service",
            "SUBSIDY_URL", "merchant-subsidy-service");

    static final int HTTP_PORT = 8080;
    static final String MONITORING_NAMESPACE = "monitoring";

    private Suite() {
    }

    /** The Secret holding a backend's database user and password (created by SREs, never in the repository). */
    static String databaseSecret(String service) {
        return service + "-db";
    }
}
