package dev.livecommerce.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;

/**
 * Carries the trace context of the transaction that wrote an event to the Kafka headers the relay sends later, so a
 * trace spans producer, broker and consumer although the send happens on another thread.
 */
@ApplicationScoped
public class TraceHeaders {

    private final OpenTelemetry openTelemetry;

    TraceHeaders(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /** The current context as "name=value" lines, or null outside any trace. */
    public String capture() {
        Map<String, String> carrier = new LinkedHashMap<>();
        openTelemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        if (carrier.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        carrier.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        return lines.toString();
    }

    /** Replays captured lines as header name and UTF-8 value. */
    public static void forEach(String captured, BiConsumer<String, byte[]> header) {
        if (captured == null) {
            return;
        }
        for (String line : captured.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                header.accept(line.substring(0, eq), line.substring(eq + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
