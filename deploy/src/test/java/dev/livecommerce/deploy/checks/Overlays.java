package dev.livecommerce.deploy.checks;

import dev.livecommerce.deploy.render.Kustomize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The overlays of this module, each rendered once and shared by all checks. */
final class Overlays {

    /** Surefire runs tests in the module directory and names it in {@code basedir}. */
    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final String PRODUCTION = "production";

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** Every directory under overlays/: a new environment is checked as soon as it exists. */
    static Stream<Manifests> all() {
        try (Stream<Path> directories = Files.list(MODULE.resolve("overlays"))) {
            return directories.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList()
                    .stream().map(Overlays::rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Manifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay,
                name -> new Manifests(name, Kustomize.render(MODULE.resolve("overlays").resolve(name))));
    }
}
