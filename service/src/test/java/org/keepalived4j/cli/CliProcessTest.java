package org.keepalived4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real main class in its own JVM: exit codes, and where log lines go with -l, -S and -G. */
@Timeout(120)
class CliProcessTest {

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    private Outcome run(String... args) throws Exception {
        return run(java.util.Map.of(), args);
    }

    private Outcome run(java.util.Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Keepalived4j.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("KEEPALIVED4J_PID_DIR", dir.resolve("run").toString());
        pb.environment().remove("KEEPALIVED4J_PROPERTIES");
        pb.environment().putAll(environment);
        Process p = pb.start();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void syslogStyleLinesOnStdoutCarryTheFacilityOfS() throws Exception {
        Outcome o = run("-S", "local0", "-f", "/nonexistent/keepalived.conf");

        assertThat(o.exit()).isEqualTo(6);
        assertThat(o.out()).contains("<134>daemon: Starting Keepalived4j v")
                .contains("<131>daemon: Config files missing '/nonexistent/keepalived.conf'.");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void theShippedLog4j2XmlHonoursTheCommandLineToo() throws Exception {
        Path shipped = Path.of("../conf/src/main/conf/log4j2.xml").toAbsolutePath();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shipped), "run from the service module");

        Outcome o = run(java.util.Map.of("KEEPALIVED4J_LOG_CONFIG", shipped.toString()), "-S", "user", "-f",
                "/nonexistent/keepalived.conf");

        assertThat(o.out()).contains("<14>daemon: Starting Keepalived4j v");
        assertThat(o.err()).isEmpty();
        Outcome console = run(java.util.Map.of("KEEPALIVED4J_LOG_CONFIG", shipped.toString()), "-l", "-f",
                "/nonexistent/keepalived.conf");
        assertThat(console.out()).isEmpty();
        assertThat(console.err()).contains(": Starting Keepalived4j v");
    }

    @Test
    void logConsoleWritesKeepalivedsConsoleFormatOnStderrInstead() throws Exception {
        Outcome o = run("-l", "-f", "/nonexistent/keepalived.conf");

        assertThat(o.exit()).isEqualTo(6);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).containsPattern("(?m)^\\w{3} \\w{3} \\d\\d \\d\\d:\\d\\d:\\d\\d \\d{4}: Starting Keepalived4j v");
    }

    @Test
    void noSyslogWithoutConsoleLogsNothing() throws Exception {
        Outcome o = run("-G", "-f", "/nonexistent/keepalived.conf");

        assertThat(o.exit()).isEqualTo(6);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).isEmpty();
    }

    @Test
    void configTestAndSignumGiveTheirExitCodes() throws Exception {
        Outcome missing = run("-t", "-f", "/nonexistent/keepalived.conf");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).isEqualTo("Config files missing '/nonexistent/keepalived.conf'.\n");
        assertThat(missing.out()).isEmpty();

        Outcome signum = run("--signum=STATS_CLEAR");
        assertThat(signum.exit()).isZero();
        assertThat(signum.out()).isEqualTo("63\n");
    }
}
