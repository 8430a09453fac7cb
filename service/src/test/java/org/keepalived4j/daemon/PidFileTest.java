package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void claimWritesThePidAndANewlineCreatingTheDirectory() throws Exception {
        Path p = dir.resolve("run/keepalived4j/keepalived4j.pid");
        PidFile f = new PidFile(p, 1234, pid -> false);

        assertThat(f.claim()).isEqualTo(PidFile.Claim.WRITTEN);

        assertThat(Files.readString(p)).isEqualTo("1234\n");
        try (var files = Files.list(p.getParent())) {
            assertThat(files).containsExactly(p);
        }
    }

    @Test
    void aStaleFileIsReplaced() throws Exception {
        Path p = dir.resolve("k.pid");
        Files.writeString(p, "999\n");

        assertThat(new PidFile(p, 1234, pid -> false).claim()).isEqualTo(PidFile.Claim.WRITTEN);
        assertThat(Files.readString(p)).isEqualTo("1234\n");
    }

    @Test
    void aFileOfALiveProcessIsLeftAlone() throws Exception {
        Path p = dir.resolve("k.pid");
        Files.writeString(p, "999\n");
        PidFile f = new PidFile(p, 1234, pid -> pid == 999);

        assertThat(f.claim()).isEqualTo(PidFile.Claim.ALREADY_RUNNING);
        assertThat(f.runningOwner()).hasValue(999);
        assertThat(Files.readString(p)).isEqualTo("999\n");
    }

    @Test
    void ourOwnPidIsNotAnotherDaemon() throws Exception {
        Path p = dir.resolve("k.pid");
        Files.writeString(p, "1234\n");

        assertThat(new PidFile(p, 1234, pid -> true).claim()).isEqualTo(PidFile.Claim.WRITTEN);
    }

    @Test
    void garbageInTheFileIsStale() throws Exception {
        Path p = dir.resolve("k.pid");
        Files.writeString(p, "not a pid");

        assertThat(new PidFile(p, 1234, pid -> true).claim()).isEqualTo(PidFile.Claim.WRITTEN);
    }

    @Test
    void releaseRemovesOnlyOurOwnFile() throws Exception {
        Path p = dir.resolve("k.pid");
        PidFile ours = new PidFile(p, 1234, pid -> false);
        ours.claim();
        Files.writeString(p, "5678\n"); // a successor took over

        ours.release();
        assertThat(p).exists();

        Files.writeString(p, "1234\n");
        ours.release();
        assertThat(p).doesNotExist();
        ours.release(); // nothing left: no error
    }

    @Test
    void theRealLivenessCheckSeesThisProcess() throws Exception {
        Path p = dir.resolve("k.pid");
        Files.writeString(p, ProcessHandle.current().pid() + "\n");
        PidFile other = new PidFile(p, -1, pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

        assertThat(other.claim()).isEqualTo(PidFile.Claim.ALREADY_RUNNING);
        assertThat(PidFile.ofThisProcess(p).claim()).isEqualTo(PidFile.Claim.WRITTEN);
    }
}
