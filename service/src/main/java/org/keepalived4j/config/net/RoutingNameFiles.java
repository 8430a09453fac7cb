package org.keepalived4j.config.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the routing names of the machine this runs on ({@code /etc/iproute2/*}, {@code /etc/protocols}). */
public final class RoutingNameFiles {

    private RoutingNameFiles() {
    }

    /** The installed files; any that cannot be read count as absent, as keepalived treats them. */
    public static RoutingNames installed() {
        return under(Path.of("/"));
    }

    /** The same files below another root directory (a test fixture, a container image). */
    public static RoutingNames under(Path root) {
        return RoutingNames.fromFiles(path -> read(root.resolve(path.substring(1))));
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
