package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;

/** What a configuration without global keywords means: keepalived 2.2.7's defaults. */
class GlobalDefaultsTest {

    private final FakeHost host = FakeHost.debian().hostname("lb7.dc1.example.com");
    private final GlobalParse parse = GlobalParse.of(host);
    private final GlobalConfig g = parse.config();

    @Test
    void nothingIsReported() {
        assertThat(parse.diagnostics().all()).isEmpty();
    }

    @Test
    void defaultsFactoryGivesTheSameModel() {
        assertThat(GlobalConfig.defaults(host)).isEqualTo(g);
    }

    @Test
    void identityDefaultsToTheHostName() {
        assertThat(g.routerId()).isEqualTo("lb7.dc1.example.com");
        assertThat(g.mail().effectiveHeloName()).isEqualTo("lb7.dc1.example.com");
        assertThat(g.mail().effectiveFrom("root")).isEqualTo("root@lb7.dc1.example.com");
    }

    @Test
    void runEnvironment() {
        RunEnvironment e = g.environment();
        assertThat(e.netNamespace()).isEmpty();
        assertThat(e.ipvsNamespace()).isEmpty();
        assertThat(e.instanceName()).isEmpty();
        assertThat(e.namespaceWithIpsets()).isFalse();
        assertThat(e.usePidDir()).isFalse();
        assertThat(e.childWaitTime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(e.linkbeatUsePolling()).isFalse();
    }

    @Test
    void processes() {
        assertThat(g.processNames()).isEqualTo(new ProcessNames(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(g.processTuning().vrrp()).isEqualTo(ChildProcess.DEFAULT);
        assertThat(g.processTuning().checker()).isEqualTo(ChildProcess.DEFAULT);
        assertThat(g.processTuning().bfd()).isEqualTo(ChildProcess.DEFAULT);
        assertThat(ChildProcess.DEFAULT.rlimitRttime()).isEqualTo(Duration.ofNanos(10_000_000));
        assertThat(g.processTuning().maxAutoPriority()).isEqualTo(OptionalInt.empty());
        assertThat(g.processTuning().minAutoPriorityDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void mail() {
        MailSettings m = g.mail();
        assertThat(m.recipients()).isEmpty();
        assertThat(m.server()).isEmpty();
        assertThat(m.from()).isEmpty();
        assertThat(m.connectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(m.alert()).isEmpty();
        assertThat(m.alertVrrp()).isEmpty();
        assertThat(m.alertChecker()).isEmpty();
        assertThat(m.vrrpAlertDefault()).isEmpty();
        assertThat(m.noEmailFaults()).isFalse();
        assertThat(m.noCheckerEmails()).isFalse();
        assertThat(m.checkerLogAllFailures()).isFalse();
        assertThat(m.rsInitNotifies()).isFalse();
    }

    @Test
    void scriptsRunAsRootWhenThereIsNoKeepalivedScriptUser() {
        ScriptSettings s = g.scripts();
        assertThat(s.security()).isFalse();
        assertThat(s.scriptUser()).isEmpty();
        assertThat(s.defaultUser()).contains(ScriptUser.ROOT);
        assertThat(s.startup()).isEmpty();
        assertThat(s.shutdown()).isEmpty();
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void scriptsRunAsKeepalivedScriptWhenItExists() {
        GlobalConfig withUser = GlobalConfig.defaults(FakeHost.debian().user("keepalived_script"));
        assertThat(withUser.scripts().defaultUser()).contains(new ScriptUser("keepalived_script", Optional.empty()));
    }

    @Test
    void noFifos() {
        assertThat(g.notifyFifos()).isEqualTo(new NotifyFifos(Optional.empty(), Optional.empty(), Optional.empty(), false, false));
    }

    @Test
    void vrrp() {
        VrrpDefaults v = g.vrrp();
        assertThat(v).isEqualTo(VrrpDefaults.DEFAULT);
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.mcastGroup4()).isEqualTo(IpAddress.parse("224.0.0.18").orElseThrow());
        assertThat(v.mcastGroup6()).isEqualTo(IpAddress.parse("ff02::12").orElseThrow());
        assertThat(v.effectiveDefaultInterface()).isEqualTo("eth0");
        assertThat(v.strict()).isFalse();
        assertThat(v.downTimerAdverts()).isEqualTo(3);
        assertThat(v.startupDelay()).isEqualTo(Duration.ZERO);
        assertThat(v.effectiveVmacPrefix()).isEqualTo("vrrp");
        assertThat(v.effectiveVmacAddrPrefix()).isEqualTo("vrrp");
        assertThat(v.rxBufsPolicy().kind()).isEqualTo(RxBufsPolicy.Kind.SYSTEM_DEFAULT);
        assertThat(v.rxBufsMultiplier()).isEqualTo(3);
    }

    @Test
    void garp() {
        GarpDefaults a = g.garp();
        assertThat(a).isEqualTo(GarpDefaults.DEFAULT);
        assertThat(a.masterDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(a.masterRepeat()).isEqualTo(5);
        assertThat(a.masterRefresh()).isEqualTo(Duration.ZERO);
        assertThat(a.masterRefreshRepeat()).isEqualTo(1);
        assertThat(a.effectiveLowerPrioDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(a.effectiveLowerPrioRepeat()).isEqualTo(5);
        assertThat(a.garpInterval()).isEqualTo(Duration.ZERO);
        assertThat(a.gnaInterval()).isEqualTo(Duration.ZERO);
        assertThat(a.extraIfInterval()).isEmpty();
    }

    @Test
    void firewallAndLvs() {
        assertThat(g.firewall()).isEqualTo(FirewallSettings.DEFAULT);
        assertThat(g.firewall().nftablesPriority()).isEqualTo(-1);
        LvsSettings l = g.lvs();
        assertThat(l).isEqualTo(LvsSettings.DEFAULT);
        assertThat(l.syncDaemon()).isEmpty();
        assertThat(l.flush()).isFalse();
        assertThat(l.flushOnStop()).isEqualTo(LvsFlushOnStop.DISABLED);
        assertThat(l.nftablesStartFwmark()).isEqualTo(1000);
        assertThat(l.timeouts()).isEqualTo(LvsTimeouts.UNSET);
    }

    @Test
    void system() {
        assertThat(g.netlinkBuffers()).isEqualTo(NetlinkBuffers.DEFAULT);
        assertThat(g.snmp()).isEqualTo(SnmpSettings.DEFAULT);
        assertThat(g.snmp().effectiveSocket()).isEqualTo("unix:/var/agentx/master");
        assertThat(g.dbus().enabled()).isFalse();
        assertThat(g.dbus().effectiveServiceName()).isEqualTo("org.keepalived.Vrrp1");
        assertThat(g.reload()).isEqualTo(ReloadSettings.DEFAULT);
        assertThat(g.reload().checkConfig()).isFalse();
        assertThat(g.configFiles()).isEqualTo(ConfigFileSettings.DEFAULT);
        assertThat(g.configFiles().umask()).isEqualTo(0022);
        assertThat(g.configFiles().randomSeed()).isEqualTo(OptionalLong.empty());
        assertThat(g.configFiles().includeCheck().options()).isEmpty();
    }
}
