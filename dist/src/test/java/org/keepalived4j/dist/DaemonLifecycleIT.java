package org.keepalived4j.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keepalived4j.testing.HostProcess;
import org.keepalived4j.testing.KeepalivedCommand;
import org.keepalived4j.testing.NetnsLanExtension;
import org.keepalived4j.testing.OutputLine;
import org.keepalived4j.testing.Privileged;
import org.keepalived4j.testing.Signal;

/**
 * The assembled daemon as a service manager drives it, in a namespace host: it starts, names the
 * configuration's problems with their lines, writes its pid file, reloads on SIGHUP (seeing an
 * edited file), and stops on SIGTERM with status 0, removing its pid file.
 */
@Privileged
class DaemonLifecycleIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(1);

    private static final String CONFIG = """
            global_defs {
                router_id lifecycle
            }
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                priority 100
                virtual_ipaddress {
                    192.0.2.201/24
                }
            }
            """;

    @Test
    void startsReloadsOnHupAndStopsOnTerm() throws Exception {
        Path conf = lan.lan().writeFile("keepalived.conf", CONFIG);
        HostProcess daemon = lan.host(1).startKeepalived4j(conf);

        OutputLine ready = daemon.awaitLine("Ready; waiting for signals", WAIT);
        Path pidFile = daemon.runDir().resolve(KeepalivedCommand.PID_FILE);
        assertThat(pidFile).exists();
        assertThat(Files.readString(pidFile).strip()).isEqualTo(Long.toString(daemon.pid()));
        assertThat(daemon.outputText()).contains("read: no problems");

        Files.writeString(conf, CONFIG.replace("priority 100", "priority 300"));
        daemon.signal(Signal.HUP);
        OutputLine reloaded = daemon.awaitLineAfter(ready, "Reload finished", WAIT);
        assertThat(daemon.outputText()).contains("keepalived.conf: Line 7) number '300' outside range [1, 255]");
        assertThat(daemon.isAlive()).as("a reload keeps the daemon running").isTrue();

        daemon.signal(Signal.TERM);
        assertThat(daemon.awaitExit(WAIT)).isZero();
        assertThat(daemon.lines().get(daemon.lines().size() - 1)).contains("Stopped Keepalived4j");
        assertThat(reloaded.number()).isGreaterThan(ready.number());
        assertThat(pidFile).doesNotExist();
    }
}
