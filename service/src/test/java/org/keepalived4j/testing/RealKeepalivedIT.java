package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real keepalived 2.2.7, started by the fixture in a host: the interop peer of later tests. */
@Privileged
class RealKeepalivedIT {

    @RegisterExtension
    final NetnsLanExtension lan = NetnsLanExtension.withHosts(2);

    @Test
    void becomesMasterHoldsTheVipAndIsStoppedByPid() throws Exception {
        LanHost h1 = lan.host(1);
        String vip = AddressPlan.virtualIpv4(1);
        // priority 255 makes it the address owner: MASTER at once, without waiting out the master-down timer
        Path config = lan.lan().writeFile("h1/keepalived.conf", """
                global_defs {
                    vrrp_version 2
                }
                vrrp_instance VI_1 {
                    state MASTER
                    interface eth0
                    virtual_router_id 51
                    priority 255
                    advert_int 1
                    virtual_ipaddress {
                        %s/24
                    }
                }
                """.formatted(vip));

        HostProcess keepalived = h1.startKeepalived(config);
        keepalived.awaitLine("(VI_1) Entering MASTER STATE", Duration.ofSeconds(15));

        assertThat(h1.run("ip", "-br", "addr", "show", "dev", "eth0").orThrow().stdout()).contains(vip + "/24");
        assertThat(lan.host(2).canReach(vip)).isTrue();
        assertThat(Files.readString(keepalived.file(KeepalivedCommand.PID_FILE)).strip())
                .isEqualTo(Long.toString(keepalived.pid()));
        long vrrpChild = Long.parseLong(Files.readString(keepalived.file(KeepalivedCommand.VRRP_PID_FILE)).strip());

        int exit = keepalived.stop();

        assertThat(exit).isZero();
        assertThat(keepalived.lines()).anyMatch(line -> line.contains("Stopped Keepalived v"));
        assertThat(ProcessHandle.of(vrrpChild)).isEmpty();
        assertThat(h1.hasAddress(vip)).as("keepalived removes its VIP when stopped").isFalse();
    }
}
