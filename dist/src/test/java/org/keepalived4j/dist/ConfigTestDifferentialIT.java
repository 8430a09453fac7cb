package org.keepalived4j.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keepalived4j.testing.CommandResult;
import org.keepalived4j.testing.Keepalived4jHome;
import org.keepalived4j.testing.LanHost;
import org.keepalived4j.testing.NetnsLan;
import org.keepalived4j.testing.NetworkNamespace;
import org.keepalived4j.testing.Privileged;

/**
 * {@code keepalived4j -t} against the real {@code keepalived -t} (2.2.7, Debian's package), run side by
 * side in the same network namespace and working directory on the same file: every sample
 * configuration Debian ships and every broken configuration of {@code configs/broken}, in two places
 * — a host with the interfaces the samples name (eth0..eth3) and one without them. The exit codes
 * must be equal, and both must name the same lines. A larger corpus can be added with
 * {@code -Dkeepalived4j.corpus=DIR} (every {@code *.conf} in DIR).
 *
 * <p>Where keepalived 2.2.7 crashes (exit 128 + signal) keepalived4j must exit 5, and a missing main
 * file exits 4 instead of 0: both deliberate, see docs/differences.md.
 */
@Privileged
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigTestDifferentialIT {

    private static final Path SAMPLES = Path.of("/usr/share/doc/keepalived/samples");
    private static final Pattern POSITION = Pattern.compile("^\\((?:(.+?): )?Line (\\d+)\\)");
    /** The insecure script some broken configurations name: world-writable, run as root. */
    private static final Path INSECURE_SCRIPT = Path.of("/tmp/keepalived4j-insecure-check.sh");

    private NetnsLan lan;
    private Path launcher;

    /** One configuration file to judge, and the directory both daemons run in. */
    record Case(String name, Path directory) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** What one daemon said of one file: its exit code and the places its messages name. */
    record Verdict(int exitCode, Set<Place> places, String output) {
    }

    /** A place a message names; keepalived sometimes leaves the file out ({@code (Line N)}). */
    record Place(String file, int line) {
        boolean matches(Place other) {
            return line == other.line && (file == null || other.file == null || file.equals(other.file));
        }
    }

    @BeforeAll
    void buildLan() throws IOException {
        launcher = Keepalived4jHome.launcher(Keepalived4jHome.current());
        lan = NetnsLan.builder().hosts(1).build();
        LanHost host = lan.host(1);
        for (String extra : List.of("eth1", "eth2", "eth3")) {
            host.addInterface(extra);
        }
        host.addAddress("192.168.200.1/24");
        Files.writeString(INSECURE_SCRIPT, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(INSECURE_SCRIPT, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterAll
    void tearDown() throws IOException {
        if (lan != null) {
            lan.close();
        }
        Files.deleteIfExists(INSECURE_SCRIPT);
    }

    Stream<Case> samples() {
        return configsIn(SAMPLES, "keepalived.conf*");
    }

    Stream<Case> broken() {
        return configsIn(Path.of("src/test/resources/configs/broken"), "*.conf");
    }

    Stream<Case> corpus() {
        String dir = System.getProperty("keepalived4j.corpus");
        return dir == null || dir.isBlank() ? Stream.empty() : configsIn(Path.of(dir), "*.conf");
    }

    @Test
    void debianShipsTheSamples() {
        assertThat(samples()).as("keepalived's samples in " + SAMPLES + " (package keepalived)").hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0} with eth0..eth3")
    @MethodSource("samples")
    void sampleWithInterfaces(Case c) {
        assertSameVerdict(c, lan.host(1));
    }

    @ParameterizedTest(name = "{0} without interfaces")
    @MethodSource("samples")
    void sampleWithoutInterfaces(Case c) {
        assertSameVerdict(c, lan.hub());
    }

    @ParameterizedTest(name = "{0} with eth0..eth3")
    @MethodSource("broken")
    void brokenWithInterfaces(Case c) {
        assertSameVerdict(c, lan.host(1));
    }

    @ParameterizedTest(name = "{0} without interfaces")
    @MethodSource("broken")
    void brokenWithoutInterfaces(Case c) {
        assertSameVerdict(c, lan.hub());
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // no corpus unless -Dkeepalived4j.corpus
    @MethodSource("corpus")
    void corpusWithInterfaces(Case c) {
        assertSameVerdict(c, lan.host(1));
    }

    @Test
    void aMissingMainFileExitsFourWhereKeepalivedSaysZero() {
        Verdict ours = judge(lan.host(1), SAMPLES, launcher.toString(), "/nonexistent/keepalived.conf");
        assertThat(ours.exitCode()).as(ours.output()).isEqualTo(4);
        assertThat(ours.output()).contains("Config files missing '/nonexistent/keepalived.conf'");
    }

    private void assertSameVerdict(Case c, NetworkNamespace where) {
        Verdict theirs = judge(where, c.directory(), "keepalived", c.name());
        Verdict ours = judge(where, c.directory(), launcher.toString(), c.name());
        String both = "keepalived said (exit " + theirs.exitCode() + "):\n" + theirs.output()
                + "\nkeepalived4j said (exit " + ours.exitCode() + "):\n" + ours.output();
        int expected = theirs.exitCode() >= 128 ? 5 : theirs.exitCode();
        assertThat(ours.exitCode()).as("exit code for " + c + "\n" + both).isEqualTo(expected);
        if (theirs.exitCode() >= 128) {
            return; // keepalived crashed part-way: it never reported the rest
        }
        List<Place> unmatchedTheirs = unmatched(theirs.places(), ours.places());
        List<Place> unmatchedOurs = unmatched(ours.places(), theirs.places());
        assertThat(unmatchedTheirs).as("places keepalived names that keepalived4j does not, for " + c + "\n" + both).isEmpty();
        assertThat(unmatchedOurs).as("places keepalived4j names that keepalived does not, for " + c + "\n" + both).isEmpty();
    }

    private static List<Place> unmatched(Set<Place> these, Set<Place> those) {
        List<Place> out = new ArrayList<>();
        for (Place p : these) {
            if (those.stream().noneMatch(p::matches)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Verdict judge(NetworkNamespace where, Path directory, String program, String file) {
        String script = "cd '" + directory.toAbsolutePath() + "' && exec " + program + " -t -f '" + file + "'";
        CommandResult r = where.run(Duration.ofSeconds(60), List.of("sh", "-c", script));
        String output = r.stdout() + r.stderr();
        Set<Place> places = new LinkedHashSet<>();
        for (String line : output.split("\n")) {
            Matcher m = POSITION.matcher(line.strip());
            if (m.find()) {
                places.add(new Place(m.group(1), Integer.parseInt(m.group(2))));
            }
        }
        return new Verdict(r.exitCode(), places, output);
    }

    private static Stream<Case> configsIn(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        List<Case> cases = new ArrayList<>();
        try (var files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) {
                if (Files.isRegularFile(f)) {
                    cases.add(new Case(f.getFileName().toString(), dir.toAbsolutePath()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cases.sort(Comparator.comparing(Case::name));
        return cases.stream();
    }
}
