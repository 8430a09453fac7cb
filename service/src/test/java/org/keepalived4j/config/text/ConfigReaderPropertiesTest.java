package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

/**
 * Whatever the text, the reader ends, throws nothing and places everything it reports; and the
 * layout of a well-formed configuration (braces on the keyword's line or the next, several
 * statements on one line, comments) never changes its directives.
 */
class ConfigReaderPropertiesTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";
    private static final ReaderOptions BOUNDED = ReaderOptions.defaults()
            .withRandom(ReaderFixture.fixedRandom(42)).withMaxLines(20_000);

    // ------------------------------------------------------------------ robustness

    @Property(tries = 300)
    void anyTextGivesDirectivesAndPlacedDiagnostics(@ForAll("anyText") String text) {
        InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text);
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> ds = readWithin(files, diagnostics);
        int lines = text.split("\n", -1).length;
        for (Directive d : flatten(ds)) {
            assertThat(d.pos().file()).isEqualTo(MAIN);
            assertThat(d.pos().line()).isBetween(1, lines);
            assertThat(d.end().line()).isBetween(d.pos().line(), lines);
            assertThat(d.words()).isNotEmpty().allSatisfy(w -> assertThat(w).doesNotContain("\n"));
        }
        assertPlaced(diagnostics, lines);
    }

    @Property(tries = 300)
    void keepalivedLikeTokenSoupWithIncludesEndsAndPlacesEverything(@ForAll("soupFiles") List<String> texts) {
        InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived")
                .file(MAIN, texts.get(0))
                .file("/etc/keepalived/a.conf", texts.get(1))
                .file("/etc/keepalived/b.conf", texts.get(2))
                .file("/etc/keepalived/sub/c.conf", texts.get(3))
                .directory("/etc/keepalived/d");
        int maxLines = 1;
        for (String t : texts) {
            maxLines = Math.max(maxLines, t.split("\n", -1).length);
        }
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> ds = readWithin(files, diagnostics);
        for (Directive d : flatten(ds)) {
            assertThat(d.pos().line()).isBetween(1, maxLines);
            assertThat(d.pos().file()).isNotEmpty();
        }
        assertPlaced(diagnostics, maxLines);
    }

    @Property(tries = 100)
    void deepNestingAndLongLinesAreHandled(@ForAll @IntRange(min = 1, max = 3000) int depth,
                                           @ForAll @IntRange(min = 0, max = 200_000) int width) {
        String text = "k {".repeat(depth) + "\n" + "w".repeat(width) + "\n" + "}".repeat(depth / 2);
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> ds = readWithin(new InMemoryConfigFiles("/").file(MAIN, text), diagnostics);
        assertThat(ds).isNotEmpty();
        assertThat(depthOf(ds)).isLessThanOrEqualTo(ReaderOptions.defaults().maxBlockDepth());
    }

    private static List<Directive> readWithin(InMemoryConfigFiles files, Diagnostics diagnostics) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ConfigReader(files, "main", diagnostics, BOUNDED).read(MAIN));
    }

    private static void assertPlaced(Diagnostics diagnostics, int maxLine) {
        for (Diagnostic d : diagnostics.all()) {
            SourcePos p = d.pos();
            assertThat(p.line()).isBetween(0, maxLine);
            assertThat(d.message()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> ascii = Arbitraries.strings().withChars("{}\"'#!\\$@~(),=; \t\n\r\0abcSEQLST_{}").ofMaxLength(80);
        return Arbitraries.oneOf(chars, ascii).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<String>> soupFiles() {
        Arbitrary<String> file = soupLine().list().ofMaxSize(25).map(lines -> String.join("\n", lines));
        return file.list().ofSize(4);
    }

    private static Arbitrary<String> soupLine() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("vrrp_instance", "VI_1", "global_defs", "router_id", "state",
                        "MASTER", "virtual_ipaddress", "10.0.0.1/24", "track_script", "chk")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of("{", "}", "{", "}", "\"", "'", "#", "!", "\\", "\\#", "\t", "\0", "\r")),
                net.jqwik.api.Tuple.of(6, Arbitraries.of("@main", "@^main", "@other", "$X=", "$Y=\\", "$X", "${X}", "${Y}",
                        "$X=$X", "$Y=${Y}z", "${_RANDOM}", "${_RANDOM 1 3}", "${_RANDOM 9 2}", "${_PWD}", "${_HASH}",
                        "${_BANG}", "${_INSTANCE}", "$I")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("~SEQ(I,1,3)", "~SEQ(I,", "~SEQx(J,0x1,0x3)", "~SEQ(I,1,$X)",
                        "~LST(L,a,b)", "~LST({A,B},{1,2},{3})", "~LST(", "~SEQ(K,1,100000000)")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("include", "includer", "includea", "includew", "a.conf", "*.conf",
                        "sub/c.conf", "{a,b}.conf", "../keepalived/*.conf", "d", "none.conf", "include_check", "+match", "-read")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(4)));
        Arbitrary<String> freeLine = token.list().ofMaxSize(8).map(ts -> String.join(" ", ts));
        Arbitrary<String> tightLine = token.list().ofMaxSize(8).map(ts -> String.join("", ts));
        Arbitrary<String> includeLine = Combinators.combine(
                Arbitraries.of("include ", "includer ", "includem ", "includew ", "includeb ", "includea ", "@main include "),
                Arbitraries.of("a.conf", "b.conf", "*.conf", "sub/*.conf", "../keepalived/keepalived.conf", "{a,b,none}.conf",
                        "d", "none/*.conf", "sub/c.conf")).as(String::concat);
        Arbitrary<String> special = Arbitraries.of("global_defs {", " include_check", "}", "$M=\\", " m1 $I \\", " m2 {\\",
                "}", "$M", "~SEQ(I,1,3) $M", "~SEQ(I,1,2) ~LST(L,p,q) x$I$L", "$Z=~SEQ(I,1,2) z$I", "$Z");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, freeLine),
                net.jqwik.api.Tuple.of(2, tightLine),
                net.jqwik.api.Tuple.of(2, includeLine),
                net.jqwik.api.Tuple.of(2, special));
    }

    // ------------------------------------------------------------------ layout independence

    /** A generated statement: a keyword, plain arguments and maybe a block. */
    record Node(List<String> words, List<Node> block) {
    }

    @Property(tries = 300)
    void layoutDoesNotChangeTheDirectives(@ForAll("trees") List<Node> tree, @ForAll("layoutSeeds") List<Integer> choices) {
        StringBuilder text = new StringBuilder();
        render(tree, text, new ChoiceStream(choices), 0);
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> ds = readWithin(new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text.toString()), diagnostics);
        assertThat(diagnostics.all()).as(text.toString()).isEmpty();
        assertThat(ReaderFixture.tree(ds)).as(text.toString()).isEqualTo(ReaderFixture.tree(asDirectives(tree)));
    }

    @Provide
    Arbitrary<List<Node>> trees() {
        return nodes(3);
    }

    @Provide
    Arbitrary<List<Integer>> layoutSeeds() {
        return Arbitraries.integers().between(0, 99).list().ofMinSize(1).ofMaxSize(64);
    }

    private static Arbitrary<List<Node>> nodes(int depth) {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("_.-/0123456789").ofMinLength(1).ofMaxLength(8)
                .filter(w -> !w.startsWith("include") && !w.startsWith("-") && !w.isEmpty());
        Arbitrary<List<String>> words = word.list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Node> leaf = words.map(w -> new Node(w, null));
        if (depth == 0) {
            return leaf.list().ofMaxSize(4);
        }
        Arbitrary<Node> withBlock = Combinators.combine(words, nodes(depth - 1)).as(Node::new);
        return Arbitraries.oneOf(leaf, withBlock).list().ofMaxSize(4);
    }

    /** Cycles through the generated choices to decide each layout question. */
    private static final class ChoiceStream {
        private final List<Integer> choices;
        private int next;

        ChoiceStream(List<Integer> choices) {
            this.choices = choices;
        }

        int pick(int n) {
            return choices.get(next++ % choices.size()) % n;
        }
    }

    private static void render(List<Node> nodes, StringBuilder out, ChoiceStream c, int indent) {
        for (Node n : nodes) {
            out.append(" ".repeat(c.pick(3) == 0 ? indent : 0)).append(String.join(c.pick(4) == 0 ? "\t" : " ", n.words()));
            if (n.block() != null) {
                switch (c.pick(3)) {
                    case 0 -> out.append(" {\n");
                    case 1 -> out.append("\n{\n");
                    default -> out.append("{ ");
                }
                render(n.block(), out, c, indent + 2);
                out.append(c.pick(2) == 0 ? "}" : "\n}");
            }
            switch (c.pick(4)) {
                case 0 -> out.append("  # a comment \"' { } \\x\n");
                case 1 -> out.append("\n\n! another\n");
                default -> out.append('\n');
            }
        }
    }

    private static List<Directive> asDirectives(List<Node> nodes) {
        List<Directive> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(new Directive(n.words(), n.block() == null ? null : asDirectives(n.block()), SourcePos.NONE, null));
        }
        return out;
    }

    private static List<Directive> flatten(List<Directive> ds) {
        List<Directive> out = new ArrayList<>();
        for (Directive d : ds) {
            out.add(d);
            out.addAll(flatten(d.children()));
        }
        return out;
    }

    private static int depthOf(List<Directive> ds) {
        int max = 0;
        for (Directive d : ds) {
            max = Math.max(max, d.hasBlock() ? 1 + depthOf(d.children()) : 0);
        }
        return max;
    }
}
