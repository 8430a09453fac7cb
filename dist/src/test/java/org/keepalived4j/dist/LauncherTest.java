package org.keepalived4j.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags bin/keepalived4j passes, seen by a stand-in java that prints its arguments: the C-heap trim goes
 * only to runtimes that have it, since any other JVM would refuse to start.
 */
class LauncherTest {

    private static final Path LAUNCHER = Paths.get("src/main/bin/keepalived4j").toAbsolutePath();
    private static final String TRIM = "-XX:TrimNativeHeapInterval=5100";

    @TempDir
    Path javaHome;

    /** A runtime whose release file names this version and C library, and whose java prints its arguments. */
    private void runtime(String version, String libc) throws IOException {
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n"
                + (libc == null ? "" : "LIBC=\"" + libc + "\"\n"));
    }

    private List<String> jvmArguments() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", LAUNCHER.toString(), "-v").redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void aRuntimeWithTheTrimGetsItUnlockedAsTheExperimentalFlagItFirstWas() throws Exception {
        for (String version : List.of("17.0.10", "17.0.21.1", "21.0.1", "22", "25.0.2")) {
            runtime(version, "gnu");

            List<String> arguments = jvmArguments();

            assertThat(arguments).as(version).contains(TRIM);
            assertThat(arguments.indexOf("-XX:+UnlockExperimentalVMOptions")).as(version)
                    .isNotNegative().isLessThan(arguments.indexOf(TRIM));
        }
    }

    @Test
    void anOlderRuntimeStartsWithoutTheTrim() throws Exception {
        for (String version : List.of("17", "17.0.2", "17.0.9", "18.0.2", "20.0.1", "21")) {
            runtime(version, "gnu");

            assertThat(jvmArguments()).as(version).doesNotContain(TRIM).contains("-XX:+UseSerialGC");
        }
    }

    @Test
    void aRuntimeOnAnotherCLibraryOrWithoutAReleaseFileStartsWithoutTheTrim() throws Exception {
        runtime("21.0.5", "musl");
        assertThat(jvmArguments()).doesNotContain(TRIM).contains("-XX:+UseSerialGC");

        Files.delete(javaHome.resolve("release"));
        assertThat(jvmArguments()).doesNotContain(TRIM).contains("-XX:+UseSerialGC");
    }

    @Test
    void aReleaseFileWithoutACLibraryIsTakenForGlibc() throws Exception {
        // runtimes before JDK 16 did not write LIBC; none of those has the flag, but a later one might omit it too
        runtime("21.0.4", null);

        assertThat(jvmArguments()).contains(TRIM);
    }
}
