package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;

/** Reads configurations from an in-memory tree under /etc/keepalived, keeping what came out. */
final class ReaderFixture {

    static final String MAIN = "/etc/keepalived/keepalived.conf";

    final InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived");
    final Diagnostics diagnostics = new Diagnostics();
    String configId = "main";
    ReaderOptions options = ReaderOptions.defaults().withRandom(fixedRandom(0));
    List<Directive> directives;

    ReaderFixture file(String path, String text) {
        files.file(path, text);
        return this;
    }

    ReaderFixture id(String id) {
        configId = id;
        return this;
    }

    ReaderFixture options(ReaderOptions o) {
        options = o;
        return this;
    }

    List<Directive> read(String mainText) {
        files.file(MAIN, mainText);
        return readMain(MAIN);
    }

    List<Directive> readMain(String main) {
        directives = new ConfigReader(files, configId, diagnostics, options).read(main);
        return directives;
    }

    /** The words of the top-level directives, each joined with '|'. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Directive d : directives) {
            out.add(String.join("|", d.words()));
        }
        return out;
    }

    /** The tree in a compact form: words joined with ' ', blocks in braces, statements with "; ". */
    static String tree(List<Directive> ds) {
        StringBuilder sb = new StringBuilder();
        for (Directive d : ds) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(String.join(" ", d.words()));
            if (d.hasBlock()) {
                sb.append(" {").append(tree(d.children())).append('}');
            }
        }
        return sb.toString();
    }

    String tree() {
        return tree(directives);
    }

    /** "KIND@line: message" for every diagnostic, in order. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics.all()) {
            out.add(d.kind() + "@" + (d.pos().isKnown() ? d.pos().file() + ":" + d.pos().line() : "-") + ": " + d.message());
        }
        return out;
    }

    List<String> problemsOf(ConfigErrorKind kind) {
        return problems().stream().filter(p -> p.startsWith(kind + "@")).toList();
    }

    /** A source of ${_RANDOM} that always draws the same 31-bit value. */
    static RandomGenerator fixedRandom(int value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return (long) value << 32;
            }
        };
    }
}
