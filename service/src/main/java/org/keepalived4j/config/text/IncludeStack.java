package org.keepalived4j.config.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePos;

/**
 * The files being read, innermost include on top, with keepalived's working directory (it changes
 * into the directory of every file it opens, so relative includes start there) and its
 * include_check setting (saved when an include is opened, restored when each of its files ends).
 * Judges include problems as keepalived does: an error when the include variant or include_check
 * asks for that check, otherwise only a notice.
 */
final class IncludeStack {

    /**
     * The kind of an include problem its include_check makes an error. keepalived then stops after
     * reading with exit status 6 whatever else it found, which only SECURITY_ERROR gives here.
     */
    static final ConfigErrorKind COUNTED_INCLUDE_PROBLEM = ConfigErrorKind.SECURITY_ERROR;

    private final ConfigFiles files;
    private final Diagnostics diagnostics;
    private final ReaderOptions options;
    private final Deque<IncludeFrame> stack = new ArrayDeque<>();
    private SourcePos lastPosition = SourcePos.NONE;
    private String directory;
    private int includeCheck;

    IncludeStack(ConfigFiles files, Diagnostics diagnostics, ReaderOptions options) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.options = options;
        this.directory = FilePath.normalize(files.workingDirectory());
        this.includeCheck = options.checkAllIncludes() ? IncludeCheck.ALL : 0;
    }

    /** keepalived's working directory now: the directory of the file being read. */
    String directory() {
        return directory;
    }

    /** A {@code global_defs} {@code include_check} statement takes effect for the includes after it. */
    void includeCheckStatement(List<String> words, SourcePos pos) {
        includeCheck = IncludeCheck.apply(includeCheck, words, pos, diagnostics);
    }

    /**
     * keepalived's check of the {@code -f} file before reading anything: it may be a glob, every
     * match must be a readable regular non-executable file. Problems are FILE_NOT_FOUND (the
     * command line decides what they mean), several matches are a MULTIPLE_FILES warning.
     *
     * @return whether there is something to read
     */
    boolean openMain(String mainFile) {
        Glob.Result g = Glob.expand(files, directory, mainFile);
        if (g.tooLarge()) {
            mainProblem("Error reading config file(s): glob(\"" + mainFile + "\") returned 1, skipping.");
            return false;
        }
        boolean missing = g.missingFiles() > 0 || g.missingDirectories() > 0;
        if (g.paths().isEmpty()) {
            mainProblem(missing ? "Config files missing '" + mainFile + "'."
                    : "No config files matched '" + mainFile + "'.");
            return false;
        }
        if (missing) {
            String msg = "Some config files missing: \"" + mainFile + "\".";
            if ((includeCheck & IncludeCheck.BRACE) != 0) {
                mainProblem(msg);
                return false;
            }
            diagnostics.notice(SourcePos.NONE, msg);
        }
        boolean ok = true;
        int usable = 0;
        for (String path : g.paths()) {
            if (path.endsWith("/")) {
                mainProblem("Configuration file '" + path + "' is a directory - skipping");
                ok = false;
                continue;
            }
            String abs = FilePath.resolve(directory, path);
            if (files.kind(abs) != ConfigFiles.Kind.FILE) {
                mainProblem("Configuration file '" + path + "' is not a regular non-executable file - skipping");
                ok = false;
                continue;
            }
            if (!files.isReadable(abs)) {
                mainProblem("Unable to read configuration file " + path);
                ok = false;
                break;
            }
            usable++;
        }
        if (!ok) {
            return false;
        }
        if (usable > 1) {
            diagnostics.report(ConfigErrorKind.MULTIPLE_FILES, SourcePos.NONE, "WARNING, multiple configuration file matches of "
                    + mainFile + ", starting with " + g.paths().get(0));
        }
        IncludeFrame frame = new IncludeFrame(mainFile, IncludeCheck.READ | IncludeCheck.MATCH | IncludeCheck.WILDCARD,
                includeCheck, true, g.paths());
        stack.push(frame);
        if (!openNextMatch(frame)) {
            stack.pop();
            return false;
        }
        return true;
    }

    private void mainProblem(String message) {
        diagnostics.report(ConfigErrorKind.FILE_NOT_FOUND, SourcePos.NONE, message);
    }

    /** The next physical line of the configuration, going on with the next file at each end; null when all are read. */
    String nextRawLine() {
        while (true) {
            IncludeFrame frame = stack.peek();
            if (frame == null) {
                return null;
            }
            String raw = frame.nextPhysicalLine();
            if (raw != null) {
                return raw;
            }
            if (!nextFile()) {
                return null;
            }
        }
    }

    /** The pattern is everything after the keyword: quotes and a trailing '}' are part of it. */
    void include(String buf) {
        boolean plain = LineReader.isSpace(buf.charAt(7));
        int type = IncludeCheck.ofKeyword(plain ? ' ' : buf.charAt(7));
        String pattern = buf.substring(Expansion.skipBlanks(buf, plain ? 8 : 9));
        Glob.Result g = Glob.expand(files, directory, pattern);
        IncludeFrame frame = new IncludeFrame(pattern, type, includeCheck, false, g.paths());
        // pushed before checking: keepalived judges the problems with this include's own bits
        stack.push(frame);
        if (!globAcceptable(pattern, g) || !openNextMatch(frame)) {
            stack.pop();
        }
    }

    /** keepalived's {@code open_and_check_glob()} for an include; the new frame is on the stack. */
    private boolean globAcceptable(String pattern, Glob.Result g) {
        int flags = includeCheck | stack.peek().includeType;
        if (g.tooLarge()) {
            fileProblem(IncludeCheck.READ, "Error reading config file(s): glob(\"" + pattern + "\") returned 1, skipping.");
            return false;
        }
        boolean missing = g.missingFiles() > 0 || g.missingDirectories() > 0;
        if (g.paths().isEmpty()) {
            if (missing) {
                fileProblem(Glob.hasBrace(pattern) ? IncludeCheck.BRACE : IncludeCheck.MATCH,
                        "Config files missing '" + pattern + "'.");
            } else if (g.wildcards() && (flags & IncludeCheck.WILDCARD) != 0) {
                fileProblem(IncludeCheck.WILDCARD, "No config files matched '" + pattern + "'.");
            }
            return false;
        }
        if (missing) {
            fileProblem(IncludeCheck.BRACE, "Some config files missing: \"" + pattern + "\".");
            return (flags & IncludeCheck.BRACE) == 0;
        }
        return true;
    }

    /** keepalived's {@code open_conf_file()}: opens the next usable match of the frame's glob. */
    private boolean openNextMatch(IncludeFrame frame) {
        while (frame.hasNextMatch()) {
            String name = frame.takeNextMatch();
            if (!name.isEmpty() && name.endsWith("/")) {
                fileProblem(IncludeCheck.READ, "Configuration file '" + name + "' is a directory - skipping");
                continue;
            }
            String abs = FilePath.resolve(directory, name);
            if (files.kind(abs) != ConfigFiles.Kind.FILE) {
                fileProblem(IncludeCheck.READ, "Configuration file '" + name
                        + "' is not a regular non-executable file - skipping");
                continue;
            }
            String real = files.realPath(abs);
            if (stack.size() > options.maxIncludeDepth()) {
                fileProblem(IncludeCheck.READ, "Configuration file '" + name
                        + "' open problem (Too many open files) - skipping");
                continue;
            }
            if (beingRead(real)) {
                fileProblem(IncludeCheck.READ, "Configuration file '" + name
                        + "' is already being read (include loop) - skipping");
                continue;
            }
            ConfigFiles.Content content = files.read(abs);
            if (content instanceof ConfigFiles.Content.Unreadable u) {
                fileProblem(IncludeCheck.READ, "Configuration file '" + name + "' open problem (" + u.reason() + ") - skipping");
                continue;
            }
            String previous = null;
            if (name.indexOf('/') >= 0) {
                // keepalived changes into the file's directory: its relative includes start there
                previous = directory;
                directory = FilePath.resolve(directory, FilePath.dirname(name));
            }
            frame.open(name, ((ConfigFiles.Content.Text) content).text(), real, previous);
            return true;
        }
        return false;
    }

    private boolean beingRead(String realPath) {
        for (IncludeFrame f : stack) {
            if (realPath.equals(f.realPath())) {
                return true;
            }
        }
        return false;
    }

    /** The current file ended: go on with the glob's next match, or back to the including file. */
    private boolean nextFile() {
        IncludeFrame frame = stack.peek();
        endFile(frame);
        if (openNextMatch(frame)) {
            return true;
        }
        stack.pop();
        return !stack.isEmpty();
    }

    private void endFile(IncludeFrame frame) {
        includeCheck = frame.savedIncludeCheck;
        String previous = frame.close();
        if (previous != null) {
            directory = previous;
        }
    }

    /**
     * keepalived's {@code file_config_error()}: an error when the include's own bits or
     * include_check ask for this check, otherwise only printed (not counted).
     */
    private void fileProblem(int check, String message) {
        IncludeFrame top = stack.peek();
        boolean counted = ((includeCheck | (top == null ? 0 : top.includeType)) & check) != 0;
        ConfigErrorKind kind = !counted ? ConfigErrorKind.UNCOUNTED
                : top != null && top.main ? ConfigErrorKind.FILE_NOT_FOUND : COUNTED_INCLUDE_PROBLEM;
        diagnostics.report(kind, position(), message);
    }

    /**
     * Where keepalived says a problem is: the line of the file being read, or, while an include is
     * being opened, the line of the include in the file that includes it.
     */
    SourcePos position() {
        boolean first = true;
        for (IncludeFrame f : stack) {
            // a file just opened has read no line yet: what comes now belongs to the include line
            if (f.isOpen() && f.position().line() > 0) {
                lastPosition = f.position();
                return lastPosition;
            }
            if (!first) {
                break;
            }
            first = false;
        }
        // lines still coming after the last file closed (the rest of a multi-line definition)
        // belong to where reading ended
        return lastPosition;
    }
}
