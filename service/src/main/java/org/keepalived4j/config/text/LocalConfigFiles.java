package org.keepalived4j.config.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The real file system. Text is decoded as UTF-8, undecodable bytes replaced rather than rejected. */
public final class LocalConfigFiles implements ConfigFiles {

    private final String workingDirectory;

    /** Relative paths start from the process's working directory. */
    public LocalConfigFiles() {
        this(Path.of("").toAbsolutePath().toString());
    }

    public LocalConfigFiles(String workingDirectory) {
        this.workingDirectory = Path.of(workingDirectory).toAbsolutePath().normalize().toString();
    }

    @Override
    public String workingDirectory() {
        return workingDirectory;
    }

    @Override
    public Kind kind(String path) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            return Kind.DIRECTORY;
        }
        if (Files.isRegularFile(p)) {
            return executable(p) ? Kind.EXECUTABLE_FILE : Kind.FILE;
        }
        return Files.exists(p) ? Kind.OTHER : Kind.MISSING;
    }

    private static boolean executable(Path p) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                    || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public boolean exists(String path) {
        return Files.exists(Path.of(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public Optional<List<String>> list(String directory) {
        try (Stream<Path> entries = Files.list(Path.of(directory))) {
            return Optional.of(entries.map(e -> e.getFileName().toString()).toList());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    @Override
    public Content read(String path) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(path));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new Content.Text(text);
        } catch (AccessDeniedException e) {
            return new Content.Unreadable("Permission denied");
        } catch (NoSuchFileException e) {
            return new Content.Unreadable("No such file or directory");
        } catch (IOException | SecurityException e) {
            return new Content.Unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public boolean isReadable(String path) {
        return Files.isReadable(Path.of(path));
    }

    @Override
    public String realPath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }
}
