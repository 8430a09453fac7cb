package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeepalivedCommandTest {

    private static final Path CONF = Path.of("/w/h1.conf");
    private static final Path RUN = Path.of("/w/h1/keepalived-1");

    @Test
    void realKeepalivedRunsInTheForegroundWithPidFilesInItsRunDirectory() {
        assertThat(KeepalivedCommand.keepalived(CONF, RUN, List.of("-P")))
                .containsExactly("keepalived", "-n", "-l", "-D", "-G", "-f", "/w/h1.conf",
                        "-p", "/w/h1/keepalived-1/keepalived.pid",
                        "-r", "/w/h1/keepalived-1/vrrp.pid",
                        "-c", "/w/h1/keepalived-1/checkers.pid", "-P");
    }

    @Test
    void keepalived4jRunsFromTheAssembledTree() {
        assertThat(KeepalivedCommand.keepalived4j(Path.of("/opt/k4j"), CONF, RUN, List.of()))
                .containsExactly("/opt/k4j/bin/keepalived4j", "-n", "-l", "-D", "-f", "/w/h1.conf",
                        "-p", "/w/h1/keepalived-1/keepalived.pid",
                        "-r", "/w/h1/keepalived-1/vrrp.pid",
                        "-c", "/w/h1/keepalived-1/checkers.pid");
    }
}
