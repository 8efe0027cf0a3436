package dev.livecommerce.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.livecommerce.kit.testing.TopicRecords;

/** The running suite, as ./suite up left it: the gateway, the broker and the suite script itself. */
final class Suite {

    static final String GATEWAY_URL = env("GATEWAY_URL", "http://localhost:8080");
    static final String KAFKA = env("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    static final String SCRIPT = env("SUITE_SCRIPT", "../suite");

    private Suite() {
    }

    static TopicRecords broker() {
        return new TopicRecords(KAFKA);
    }

    /** A signed bearer token from ./suite token. */
    static String token(String role, String merchantId) {
        List<String> args = new ArrayList<>(List.of("token", "--role", role));
        if (merchantId != null) {
            args.addAll(List.of("--merchant", merchantId));
        }
        return run(args.toArray(String[]::new)).trim();
    }

    /** Runs a ./suite command and returns what it printed; fails the test if it fails. */
    static String run(String... args) {
        List<String> command = new ArrayList<>(List.of(SCRIPT));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 300 s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
