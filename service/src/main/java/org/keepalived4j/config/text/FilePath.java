package org.keepalived4j.config.text;

import java.util.ArrayDeque;
import java.util.Deque;

/** POSIX path text, handled lexically: the reader keeps keepalived's working directory as a string. */
final class FilePath {

    private FilePath() {
    }

    static boolean isAbsolute(String path) {
        return path.startsWith("/");
    }

    /** {@code dirname(3)}: "a/b" is "a", "/a" is "/", "a" is ".". */
    static String dirname(String path) {
        String p = stripTrailingSlashes(path);
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return ".";
        }
        String dir = stripTrailingSlashes(p.substring(0, slash));
        return dir.isEmpty() ? "/" : dir;
    }

    /** The absolute, normalised form of a path relative to an absolute directory. */
    static String resolve(String directory, String path) {
        return normalize(isAbsolute(path) ? path : directory + "/" + path);
    }

    /** "/a/./b/../c//" is "/a/c"; never climbs above the root. */
    static String normalize(String absolute) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }

    /** Joins as glob(3) prefixes a directory onto a name: "/" + "x" is "/x", "a" + "x" is "a/x". */
    static String join(String directory, String name) {
        if (directory.isEmpty()) {
            return name;
        }
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    private static String stripTrailingSlashes(String p) {
        int end = p.length();
        while (end > 1 && p.charAt(end - 1) == '/') {
            end--;
        }
        return p.substring(0, end);
    }
}
