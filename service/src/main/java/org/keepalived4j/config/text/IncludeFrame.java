package org.keepalived4j.config.text;

import java.util.List;
import org.keepalived4j.config.SourcePos;

/**
 * One glob being read: the main configuration or one include. Its matches are read one after
 * the other; {@code name} and {@code line} are those of the match being read (or last read).
 */
final class IncludeFrame {

    final String pattern;
    /** The IncludeCheck bits its keyword adds (main file: READ|MATCH|WILDCARD). */
    final int includeType;
    /** include_check as it was when the glob was opened, restored when each of its files ends. */
    final int savedIncludeCheck;
    final boolean main;
    private final List<String> matches;
    private int nextMatch;

    private String name;
    private int line;
    private String[] lines;
    private int index;
    private String realPath;
    /** The working directory to go back to when the file ends, or null if it was not changed. */
    private String previousDirectory;

    IncludeFrame(String pattern, int includeType, int savedIncludeCheck, boolean main, List<String> matches) {
        this.pattern = pattern;
        this.includeType = includeType;
        this.savedIncludeCheck = savedIncludeCheck;
        this.main = main;
        this.matches = matches;
    }

    boolean hasNextMatch() {
        return nextMatch < matches.size();
    }

    String takeNextMatch() {
        return matches.get(nextMatch++);
    }

    void open(String matchName, String text, String matchRealPath, String previousDir) {
        name = matchName;
        line = 0;
        lines = splitLines(text);
        index = 0;
        realPath = matchRealPath;
        previousDirectory = previousDir;
    }

    boolean isOpen() {
        return name != null;
    }

    /** The next physical line without its newline, or null at the end of the file. */
    String nextPhysicalLine() {
        if (lines == null || index >= lines.length) {
            return null;
        }
        line++;
        return lines[index++];
    }

    /** Releases the text of a finished file; returns the directory to restore (or null). */
    String close() {
        lines = null;
        String dir = previousDirectory;
        previousDirectory = null;
        realPath = null;
        return dir;
    }

    String realPath() {
        return realPath;
    }

    SourcePos position() {
        return new SourcePos(name, line);
    }

    private static String[] splitLines(String text) {
        String[] parts = text.split("\n", -1);
        if (parts.length > 0 && parts[parts.length - 1].isEmpty()) {
            String[] trimmed = new String[parts.length - 1];
            System.arraycopy(parts, 0, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return parts;
    }
}
