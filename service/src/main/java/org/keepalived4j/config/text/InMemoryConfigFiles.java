package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A file tree held in memory, for tests and for configurations that do not come from disk.
 * Directories exist implicitly above every file; {@link #directory} adds an empty one.
 */
public final class InMemoryConfigFiles implements ConfigFiles {

    private final String workingDirectory;
    private final Map<String, String> files = new TreeMap<>();
    private final Map<String, Kind> special = new TreeMap<>();
    private final Map<String, String> unreadable = new TreeMap<>();

    /** @param workingDirectory absolute; relative paths start there */
    public InMemoryConfigFiles(String workingDirectory) {
        this.workingDirectory = FilePath.normalize(workingDirectory);
    }

    /** Adds (or replaces) a regular file; a relative path is taken from the working directory. */
    public InMemoryConfigFiles file(String path, String text) {
        files.put(abs(path), text);
        return this;
    }

    /** Adds an executable file, which keepalived refuses to read. */
    public InMemoryConfigFiles executable(String path, String text) {
        files.put(abs(path), text);
        special.put(abs(path), Kind.EXECUTABLE_FILE);
        return this;
    }

    public InMemoryConfigFiles directory(String path) {
        special.put(abs(path), Kind.DIRECTORY);
        return this;
    }

    /** Adds a file that exists but cannot be opened, for the given reason ("Permission denied"). */
    public InMemoryConfigFiles unreadable(String path, String reason) {
        files.put(abs(path), "");
        unreadable.put(abs(path), reason);
        return this;
    }

    private String abs(String path) {
        return FilePath.resolve(workingDirectory, path);
    }

    @Override
    public String workingDirectory() {
        return workingDirectory;
    }

    @Override
    public Kind kind(String path) {
        String p = FilePath.normalize(path);
        Kind k = special.get(p);
        if (k != null) {
            return k;
        }
        if (files.containsKey(p)) {
            return Kind.FILE;
        }
        return isImplicitDirectory(p) ? Kind.DIRECTORY : Kind.MISSING;
    }

    private boolean isImplicitDirectory(String p) {
        String prefix = p.equals("/") ? "/" : p + "/";
        for (String f : files.keySet()) {
            if (f.startsWith(prefix)) {
                return true;
            }
        }
        for (String s : special.keySet()) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<List<String>> list(String directory) {
        String dir = FilePath.normalize(directory);
        if (kind(dir) != Kind.DIRECTORY) {
            return Optional.empty();
        }
        String prefix = dir.equals("/") ? "/" : dir + "/";
        List<String> names = new ArrayList<>();
        addChildren(files.keySet(), prefix, names);
        addChildren(special.keySet(), prefix, names);
        return Optional.of(names);
    }

    private static void addChildren(Iterable<String> paths, String prefix, List<String> names) {
        for (String p : paths) {
            if (p.startsWith(prefix) && p.length() > prefix.length()) {
                String rest = p.substring(prefix.length());
                int slash = rest.indexOf('/');
                String name = slash < 0 ? rest : rest.substring(0, slash);
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
    }

    @Override
    public Content read(String path) {
        String p = FilePath.normalize(path);
        String reason = unreadable.get(p);
        if (reason != null) {
            return new Content.Unreadable(reason);
        }
        String text = files.get(p);
        if (text == null) {
            return new Content.Unreadable(kind(p) == Kind.DIRECTORY ? "Is a directory" : "No such file or directory");
        }
        return new Content.Text(text);
    }
}
