package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.testing.PropertyCheck;

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

    @Test
    void anyTextGivesDirectivesAndPlacedDiagnostics() {
        PropertyCheck.forAll("reader: any text", 300, ConfigReaderPropertiesTest::anyText, text -> {
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
        });
    }

    @Test
    void keepalivedLikeTokenSoupWithIncludesEndsAndPlacesEverything() {
        PropertyCheck.forAll("reader: token soup with includes", 300, r -> {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                texts.add(soupFile(r));
            }
            return texts;
        }, texts -> {
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
                assertThat(d.pos().line()).as(d.toString()).isBetween(1, maxLines);
                assertThat(d.pos().file()).isNotEmpty();
            }
            assertPlaced(diagnostics, maxLines);
        });
    }

    @Test
    void deepNestingAndLongLinesAreHandled() {
        PropertyCheck.forAll("reader: deep and wide", 100, r -> new int[] {1 + r.nextInt(3000), r.nextInt(200_001)}, dw -> {
            int depth = dw[0];
            String text = "k {".repeat(depth) + "\n" + "w".repeat(dw[1]) + "\n" + "}".repeat(depth / 2);
            Diagnostics diagnostics = new Diagnostics();
            List<Directive> ds = readWithin(new InMemoryConfigFiles("/").file(MAIN, text), diagnostics);
            assertThat(ds).isNotEmpty();
            assertThat(depthOf(ds)).isLessThanOrEqualTo(ReaderOptions.defaults().maxBlockDepth());
        });
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

    private static String anyText(Random r) {
        String ascii = "{}\"'#!\\$@~(),=; \t\n\r\0abcSEQLST_{}";
        StringBuilder sb = new StringBuilder();
        for (int part = r.nextInt(7); part > 0; part--) {
            if (r.nextBoolean()) {
                sb.append(PropertyCheck.text(r, 60));
            } else {
                for (int n = r.nextInt(81); n > 0; n--) {
                    sb.append(ascii.charAt(r.nextInt(ascii.length())));
                }
            }
        }
        return sb.toString();
    }

    private static final List<String> WORDS = List.of("vrrp_instance", "VI_1", "global_defs", "router_id", "state",
            "MASTER", "virtual_ipaddress", "10.0.0.1/24", "track_script", "chk");
    private static final List<String> PUNCTUATION = List.of("{", "}", "{", "}", "\"", "'", "#", "!", "\\", "\\#", "\t",
            "\0", "\r");
    private static final List<String> PARAMETERS = List.of("@main", "@^main", "@other", "$X=", "$Y=\\", "$X", "${X}",
            "${Y}", "$X=$X", "$Y=${Y}z", "${_RANDOM}", "${_RANDOM 1 3}", "${_RANDOM 9 2}", "${_PWD}", "${_HASH}",
            "${_BANG}", "${_INSTANCE}", "$I");
    private static final List<String> SEQUENCES = List.of("~SEQ(I,1,3)", "~SEQ(I,", "~SEQx(J,0x1,0x3)", "~SEQ(I,1,$X)",
            "~LST(L,a,b)", "~LST({A,B},{1,2},{3})", "~LST(", "~SEQ(K,1,100000000)");
    private static final List<String> INCLUDES = List.of("include", "includer", "includea", "includew", "a.conf",
            "*.conf", "sub/c.conf", "{a,b}.conf", "../keepalived/*.conf", "d", "none.conf", "include_check", "+match", "-read");
    private static final List<String> INCLUDE_KEYWORDS = List.of("include ", "includer ", "includem ", "includew ",
            "includeb ", "includea ", "@main include ");
    private static final List<String> INCLUDE_TARGETS = List.of("a.conf", "b.conf", "*.conf", "sub/*.conf",
            "../keepalived/keepalived.conf", "{a,b,none}.conf", "d", "none/*.conf", "sub/c.conf");
    private static final List<String> SPECIAL = List.of("global_defs {", " include_check", "}", "$M=\\", " m1 $I \\",
            " m2 {\\", "}", "$M", "~SEQ(I,1,3) $M", "~SEQ(I,1,2) ~LST(L,p,q) x$I$L", "$Z=~SEQ(I,1,2) z$I", "$Z");

    private static <T> T any(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Weighted like keepalived configs gone wrong: keywords, punctuation, parameters, sequences, includes. */
    private static String soupToken(Random r) {
        int w = r.nextInt(29);
        if (w < 8) {
            return any(r, WORDS);
        } else if (w < 14) {
            return any(r, PUNCTUATION);
        } else if (w < 20) {
            return any(r, PARAMETERS);
        } else if (w < 24) {
            return any(r, SEQUENCES);
        } else if (w < 27) {
            return any(r, INCLUDES);
        }
        return PropertyCheck.text(r, 4);
    }

    private static String soupFile(Random r) {
        List<String> lines = new ArrayList<>();
        for (int n = r.nextInt(26); n > 0; n--) {
            int kind = r.nextInt(11);
            if (kind < 7) {
                List<String> tokens = new ArrayList<>();
                for (int t = r.nextInt(9); t > 0; t--) {
                    tokens.add(soupToken(r));
                }
                lines.add(String.join(kind < 5 ? " " : "", tokens));
            } else if (kind < 9) {
                lines.add(any(r, INCLUDE_KEYWORDS) + any(r, INCLUDE_TARGETS));
            } else {
                lines.add(any(r, SPECIAL));
            }
        }
        return String.join("\n", lines);
    }

    // ------------------------------------------------------------------ layout independence

    /** A generated statement: a keyword, plain arguments and maybe a block. */
    record Node(List<String> words, List<Node> block) {
    }

    @Test
    void layoutDoesNotChangeTheDirectives() {
        PropertyCheck.forAll("reader: layout independence", 300, r -> {
            List<Integer> choices = new ArrayList<>();
            for (int n = 1 + r.nextInt(64); n > 0; n--) {
                choices.add(r.nextInt(100));
            }
            return new Object[] {nodes(r, 3), choices};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<Node> tree = (List<Node>) input[0];
            @SuppressWarnings("unchecked")
            List<Integer> choices = (List<Integer>) input[1];
            StringBuilder text = new StringBuilder();
            render(tree, text, new ChoiceStream(choices), 0);
            Diagnostics diagnostics = new Diagnostics();
            List<Directive> ds = readWithin(new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text.toString()), diagnostics);
            assertThat(diagnostics.all()).as(text.toString()).isEmpty();
            assertThat(ReaderFixture.tree(ds)).as(text.toString()).isEqualTo(ReaderFixture.tree(asDirectives(tree)));
        });
    }

    private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyz_.-/0123456789";

    private static String word(Random r) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + r.nextInt(8); n > 0; n--) {
                sb.append(WORD_CHARS.charAt(r.nextInt(WORD_CHARS.length())));
            }
            String w = sb.toString();
            if (!w.startsWith("include") && !w.startsWith("-")) {
                return w;
            }
        }
    }

    private static List<Node> nodes(Random r, int depth) {
        List<Node> out = new ArrayList<>();
        for (int n = r.nextInt(5); n > 0; n--) {
            List<String> words = new ArrayList<>();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                words.add(word(r));
            }
            out.add(new Node(words, depth > 0 && r.nextBoolean() ? nodes(r, depth - 1) : null));
        }
        return out;
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
