package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * glibc's {@code glob(3)} as keepalived calls it for the configuration file and for every
 * include: {@code GLOB_MARK | GLOB_BRACE} with counting directory and lstat hooks. keepalived
 * tells "no such file" from "wildcard matched nothing" from "a brace alternative is missing" by
 * those counts, so they are reproduced along with the matches. Results come out as glob(3) gives
 * them: relative patterns give relative paths, directories carry a trailing '/', and each brace
 * alternative is sorted on its own.
 */
final class Glob {

    /**
     * @param paths              the matches, in glob(3)'s order
     * @param missingFiles       literal names that did not exist
     * @param missingDirectories directories that could not be listed
     * @param wildcards          whether any directory had to be listed (the pattern had wildcards)
     * @param tooLarge           the expansion was cut off (the reader reports it as a glob error)
     */
    record Result(List<String> paths, int missingFiles, int missingDirectories, boolean wildcards, boolean tooLarge) {
    }

    /** Bounds for patterns such as {a,b}{a,b}{a,b}... that would otherwise expand without end. */
    static final int MAX_ALTERNATIVES = 4096;
    static final int MAX_MATCHES = 10_000;

    private final ConfigFiles files;
    private final String directory;
    private int missingFiles;
    private int missingDirectories;
    private boolean wildcards;
    private int alternatives;
    private boolean tooLarge;

    private Glob(ConfigFiles files, String directory) {
        this.files = files;
        this.directory = directory;
    }

    /** Expands a pattern; relative patterns are relative to {@code directory} (absolute). */
    static Result expand(ConfigFiles files, String directory, String pattern) {
        Glob g = new Glob(files, directory);
        List<String> out = new ArrayList<>();
        g.glob(pattern, true, false, true, out);
        if (g.tooLarge) {
            out.clear();
        }
        return new Result(List.copyOf(out), g.missingFiles, g.missingDirectories, g.wildcards, g.tooLarge);
    }

    /** keepalived's own test for "the pattern has a brace expression": an unescaped '{'. */
    static boolean hasBrace(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                return true;
            }
        }
        return false;
    }

    private boolean glob(String pattern, boolean mark, boolean onlyDir, boolean sort, List<String> into) {
        if (tooLarge) {
            return false;
        }
        int open = firstBrace(pattern);
        if (open >= 0 && braceWellFormed(pattern, open)) {
            return expandBraces(pattern, open, mark, onlyDir, sort, into);
        }
        // an unbalanced '{' is an ordinary character, as in glibc
        return globWithoutBraces(pattern, mark, onlyDir, sort, into);
    }

    private boolean braceWellFormed(String pattern, int open) {
        int next = nextBraceSub(pattern, open + 1);
        while (next >= 0 && pattern.charAt(next) != '}') {
            next = nextBraceSub(pattern, next + 1);
        }
        return next >= 0;
    }

    /** Globs every alternative of the first brace expression in turn; whether anything matched. */
    private boolean expandBraces(String pattern, int open, boolean mark, boolean onlyDir, boolean sort, List<String> into) {
        int end = nextBraceSub(pattern, open + 1);
        while (pattern.charAt(end) != '}') {
            end = nextBraceSub(pattern, end + 1);
        }
        String prefix = pattern.substring(0, open);
        String rest = pattern.substring(end + 1);
        int before = into.size();
        int start = open + 1;
        while (true) {
            int next = nextBraceSub(pattern, start);
            if (++alternatives > MAX_ALTERNATIVES) {
                tooLarge = true;
                return false;
            }
            glob(prefix + pattern.substring(start, next) + rest, mark, onlyDir, sort, into);
            if (tooLarge || pattern.charAt(next) == '}') {
                break;
            }
            start = next + 1;
        }
        return into.size() > before;
    }

    private static int firstBrace(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                i++;
            } else if (c == '{') {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ',' or '}' ending the alternative that starts at {@code from}, or -1. */
    private static int nextBraceSub(String p, int from) {
        int depth = 0;
        int i = from;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= p.length()) {
                    return -1;
                }
                i += 2;
                continue;
            }
            if (c == '}' && depth-- == 0 || c == ',' && depth == 0) {
                return i;
            }
            if (c == '{') {
                depth++;
            }
            i++;
        }
        return -1;
    }

    private boolean globWithoutBraces(String pattern, boolean mark, boolean onlyDir, boolean sort, List<String> into) {
        int first = into.size();
        int slash = pattern.lastIndexOf('/');
        if (slash < 0) {
            for (String name : globInDirectory(pattern, ".", onlyDir)) {
                add(into, name);
            }
        } else if (slash == 0) {
            for (String name : globInDirectory(pattern.substring(1), "/", onlyDir)) {
                add(into, FilePath.join("/", name));
            }
        } else {
            String dirname = pattern.substring(0, slash);
            String filename = pattern.substring(slash + 1);
            if (filename.isEmpty()) {
                // "dir/" matches directories only, each marked with its slash
                List<String> dirs = new ArrayList<>();
                glob(dirname, true, onlyDir, sort, dirs);
                for (String d : dirs) {
                    if (d.endsWith("/")) {
                        add(into, d);
                    }
                }
                return into.size() > first;
            }
            if (hasWildcard(dirname)) {
                List<String> dirs = new ArrayList<>();
                if (!glob(dirname, false, true, false, dirs)) {
                    return false;
                }
                for (String d : dirs) {
                    for (String name : globInDirectory(filename, d, onlyDir)) {
                        add(into, FilePath.join(d, name));
                    }
                }
            } else {
                String dir = unescape(dirname);
                for (String name : globInDirectory(filename, dir, onlyDir)) {
                    add(into, FilePath.join(dir, name));
                }
            }
        }
        if (mark) {
            for (int i = first; i < into.size(); i++) {
                String p = into.get(i);
                if (!p.endsWith("/") && files.kind(absolute(p)) == ConfigFiles.Kind.DIRECTORY) {
                    into.set(i, p + "/");
                }
            }
        }
        if (sort) {
            into.subList(first, into.size()).sort(null);
        }
        return into.size() > first;
    }

    private void add(List<String> into, String path) {
        if (into.size() >= MAX_MATCHES) {
            tooLarge = true;
            return;
        }
        into.add(path);
    }

    private List<String> globInDirectory(String pattern, String dir, boolean onlyDir) {
        if (tooLarge) {
            return List.of();
        }
        if (!hasWildcard(pattern) && pattern.indexOf('\\') < 0) {
            if (files.exists(absolute(dir + "/" + pattern))) {
                return List.of(pattern);
            }
            missingFiles++;
            return List.of();
        }
        wildcards = true;
        Optional<List<String>> listed = files.list(absolute(dir));
        if (listed.isEmpty()) {
            missingDirectories++;
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(".");
        names.add("..");
        names.addAll(listed.get());
        WildcardPattern matcher = WildcardPattern.compile(pattern);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (onlyDir && files.kind(absolute(dir + "/" + name)) != ConfigFiles.Kind.DIRECTORY) {
                continue;
            }
            if (matcher.matches(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private String absolute(String path) {
        return FilePath.resolve(directory, path);
    }

    /** Whether glob(3) has to list a directory for this text: an unescaped *, ? or [. */
    static boolean hasWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
