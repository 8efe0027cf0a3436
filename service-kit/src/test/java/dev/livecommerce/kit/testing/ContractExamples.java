package dev.livecommerce.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The contracts folder's example events, as consumer tests feed them to a service. */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static List<byte[]> valid(String eventName) {
        return load("contracts/examples/" + eventName);
    }

    public static List<byte[]> invalid(String eventName) {
        return load("contracts/examples/" + eventName + "/invalid");
    }

    private static List<byte[]> load(String folder) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("No examples on the classpath at " + folder);
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (var fs = java.nio.file.FileSystems.newFileSystem(url.toURI(), java.util.Map.of())) {
                    return read(fs.getPath(folder));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return read(java.nio.file.FileSystems.getFileSystem(url.toURI()).getPath(folder));
                }
            }
            return read(Paths.get(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static List<byte[]> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(ContractExamples::bytes)
                    .toList();
        }
    }

    private static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
