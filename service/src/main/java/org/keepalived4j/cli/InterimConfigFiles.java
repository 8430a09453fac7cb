package org.keepalived4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.text.ConfigFiles;

/**
 * Local files for the configuration reader, until {@code config.text.LocalConfigFiles} (written
 * with the reader) replaces it in {@link LiveCliEnvironment}: plain reads, and globs whose
 * wildcards are in the last path segment only.
 */
final class InterimConfigFiles implements ConfigFiles {

    @Override
    public Optional<String> read(String path) {
        try {
            Path p = Path.of(path);
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<String> glob(String pattern) {
        try {
            if (pattern.chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{')) {
                return Files.exists(Path.of(pattern)) ? List.of(pattern) : List.of();
            }
            Path p = Path.of(pattern);
            Path dir = p.getParent() == null ? Path.of(".") : p.getParent();
            List<String> out = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p.getFileName().toString())) {
                for (Path match : ds) {
                    out.add(p.getParent() == null ? match.getFileName().toString() : match.toString());
                }
            }
            out.sort(null);
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
