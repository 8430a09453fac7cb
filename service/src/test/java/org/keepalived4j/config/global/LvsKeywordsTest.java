package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.IpAddress;

/** IPVS globals and the nftables tables; messages as keepalived 2.2.7 -t prints them. */
class LvsKeywordsTest {

    @Test
    void syncDaemonWithAllOptions() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "inst", "VI_1", "id", "5", "maxlen", "65507",
                "port", "8849", "ttl", "255", "group", "ff02::1"));
        assertThat(p.reported()).isEmpty();
        LvsSyncDaemon s = p.config().lvs().syncDaemon().orElseThrow();
        assertThat(s.interfaceName()).isEqualTo("eth0");
        assertThat(s.vrrpInstance()).contains("VI_1");
        assertThat(s.syncId()).isEqualTo(OptionalInt.of(5));
        assertThat(s.maxLength()).isEqualTo(OptionalInt.of(65507));
        assertThat(s.effectivePort()).isEqualTo(8849);
        assertThat(s.ttl()).isEqualTo(OptionalInt.of(255));
        assertThat(s.effectiveGroup()).isEqualTo(IpAddress.parse("ff02::1").orElseThrow());
        assertThat(s.pos()).isEqualTo(ConfigTexts.at(2));
    }

    @Test
    void syncDaemonDefaultsAndTheOldForm() {
        LvsSyncDaemon bare = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0")).config().lvs().syncDaemon().orElseThrow();
        assertThat(bare.vrrpInstance()).isEmpty();
        assertThat(bare.syncId()).isEmpty();
        assertThat(bare.effectivePort()).isEqualTo(8848);
        assertThat(bare.effectiveGroup()).isEqualTo(IpAddress.parse("224.0.0.81").orElseThrow());

        LvsSyncDaemon old = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "VI_1")).config().lvs().syncDaemon().orElseThrow();
        assertThat(old.vrrpInstance()).contains("VI_1");

        GlobalParse oldId = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "VI_1", "5"));
        assertThat(oldId.reported()).containsExactly("GENERAL_ERROR 2: Please use keyword \"id\" before lvs_sync_daemon SYNCID");
        assertThat(oldId.config().lvs().syncDaemon().orElseThrow().syncId()).isEqualTo(OptionalInt.of(5));
    }

    @Test
    void badSyncDaemonOptionsAreReportedOneByOne() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "inst", "VI_1", "id", "300", "maxlen", "0",
                "port", "0", "ttl", "0", "group", "10.0.0.1", "foo"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 2: number '300' outside range [0, 255]",
                "GENERAL_ERROR 2: Invalid syncid (300) - defaulting to vrid",
                "INVALID_NUMBER 2: number '0' outside range [1, 65507]",
                "GENERAL_ERROR 2: Invalid lvs_sync_daemon maxlen (0) - ignoring",
                "INVALID_NUMBER 2: number '0' outside range [1, 65535]",
                "GENERAL_ERROR 2: Invalid lvs_sync_daemon port (0) - ignoring",
                "INVALID_NUMBER 2: number '0' outside range [1, 255]",
                "GENERAL_ERROR 2: Invalid lvs_sync_daemon ttl (0) - ignoring",
                "GENERAL_ERROR 2: lvs_sync_daemon group address 10.0.0.1 is not multicast - ignoring",
                "GENERAL_ERROR 2: Unknown option foo specified for lvs_sync_daemon");
        LvsSyncDaemon s = p.config().lvs().syncDaemon().orElseThrow();
        assertThat(s.vrrpInstance()).contains("VI_1");
        assertThat(s.syncId()).isEmpty();
        assertThat(s.group()).isEmpty();
    }

    @Test
    void moreSyncDaemonProblems() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "VI_1"), kw(3, "lvs_sync_daemon", "eth1"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 3: lvs_sync_daemon has already been specified as eth0 VI_1 - ignoring");

        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "inst", "VI_1", "inst", "VI_2")).reported())
                .containsExactly("GENERAL_ERROR 2: lvs_sync_daemon vrrp instance has already been specified as VI_1 - ignoring");
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "VI_1", "abc")).reported())
                .containsExactly("INVALID_NUMBER 2: invalid number 'abc'", "GENERAL_ERROR 2: Invalid syncid (abc) - defaulting to vrid");
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "id")).reported())
                .containsExactly("GENERAL_ERROR 2: No value specified for lvs_sync_daemon id, defaulting to vrid");
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "group", "abc")).reported())
                .containsExactly("GENERAL_ERROR 2: Invalid lvs_sync_daemon group (abc) - ignoring");
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "port")).reported())
                .containsExactly("GENERAL_ERROR 2: No value specified for lvs_sync_daemon port - ignoring");
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_sync_daemon")).reported())
                .containsExactly("GENERAL_ERROR 2: lvs_sync_daemon requires interface");

        GlobalParse longName = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0123456789abcdef"));
        assertThat(longName.reported()).containsExactly(
                "GENERAL_ERROR 2: lvs_sync_daemon interface name 'eth0123456789abcdef' too long - ignoring");
        assertThat(longName.config().lvs().syncDaemon()).isEmpty();

        GlobalParse inst = GlobalParse.globalDefs(kw(2, "lvs_sync_daemon", "eth0", "inst"));
        assertThat(inst.reported()).containsExactly("MISSING_PARAMETER 2: *** Configuration line starting `lvs_sync_daemon` "
                + "is missing a parameter after keyword `inst` at word position 4");
        assertThat(inst.config()).as("keepalived stops reading here: no model").isNull();
    }

    @Test
    void timeouts() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "lvs_timeouts", "tcp", "7200", "tcpfin", "120", "udp", "300"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().lvs().timeouts()).isEqualTo(new LvsTimeouts(Optional.of(Duration.ofSeconds(7200)),
                Optional.of(Duration.ofSeconds(120)), Optional.of(Duration.ofSeconds(300))));
    }

    @Test
    void badTimeoutsKeepTheGoodOnes() {
        GlobalParse p = GlobalParse.globalDefs(kw(24, "lvs_timeouts", "tcp"),
                kw(25, "lvs_timeouts", "tcp", "abc", "udp", "5", "tcpfin", "99999999999", "foo"),
                kw(26, "lvs_timeouts", "udp", "86400000", "tcpfin", "86400001"), kw(27, "lvs_timeouts", "tcpfin", "2678400", "udp"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 24: lvs_timeouts requires at least one option",
                "INVALID_NUMBER 25: invalid number 'abc'",
                "GENERAL_ERROR 25: Invalid lvs_timeout tcp (abc) - ignoring",
                "INVALID_NUMBER 25: number '99999999999' outside unsigned integer range",
                "GENERAL_ERROR 25: Invalid lvs_timeout tcpfin (99999999999) - ignoring",
                "GENERAL_ERROR 25: Unknown option foo specified for lvs_timeouts",
                "INVALID_NUMBER 26: number '86400000' outside range [0, 2678400]",
                "GENERAL_ERROR 26: Invalid lvs_timeout udp (86400000) - ignoring",
                "INVALID_NUMBER 26: number '86400001' outside range [0, 2678400]",
                "GENERAL_ERROR 26: Invalid lvs_timeout tcpfin (86400001) - ignoring",
                "GENERAL_ERROR 27: No value specified for lvs_timeout udp - ignoring");
        LvsTimeouts t = p.config().lvs().timeouts();
        assertThat(t.tcp()).isEmpty();
        assertThat(t.udp()).contains(Duration.ofSeconds(5));
        assertThat(t.tcpFin()).contains(Duration.ofSeconds(2678400));
    }

    @Test
    void flushes() {
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_flush")).config().lvs().flush()).isTrue();
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_flush_on_stop")).config().lvs().flushOnStop()).isEqualTo(LvsFlushOnStop.FULL);
        assertThat(GlobalParse.globalDefs(kw(2, "lvs_flush_on_stop", "VS")).config().lvs().flushOnStop()).isEqualTo(LvsFlushOnStop.VS);
        GlobalParse old = GlobalParse.globalDefs(kw(2, "lvs_flush_onstop"));
        assertThat(old.reported()).isEmpty();
        assertThat(old.config().lvs().flushOnStop()).isEqualTo(LvsFlushOnStop.FULL);

        GlobalParse bad = GlobalParse.globalDefs(kw(27, "lvs_flush_on_stop", "XX"));
        assertThat(bad.reported()).containsExactly("GENERAL_ERROR 27: Unknown lvs_flush_on_stop type XX");
        assertThat(bad.config().lvs().flushOnStop()).isEqualTo(LvsFlushOnStop.DISABLED);
    }

    @Test
    void ipvsNftables() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "nftables_ipvs"), kw(3, "nftables_ipvs_priority", "-5"),
                kw(4, "nftables_ipvs_start_fwmark", "2000"), kw(5, "nftables_counters"));
        LvsSettings l = p.config().lvs();
        assertThat(p.reported()).isEmpty();
        assertThat(l.nftablesTable()).contains("keepalived_ipvs");
        assertThat(l.nftablesPriority()).isEqualTo(-5);
        assertThat(l.nftablesStartFwmark()).isEqualTo(2000);
        assertThat(p.config().firewall().nftablesCounters()).isTrue();

        GlobalParse bad = GlobalParse.globalDefs(kw(2, "nftables_ipvs", "abc"), kw(3, "nftables_ipvs", "def"),
                kw(4, "nftables_ipvs_priority", "1.5"), kw(5, "nftables_ipvs_start_fwmark", "0"));
        assertThat(bad.reported()).containsExactly(
                "GENERAL_ERROR 3: ipvs nftables already specified - ignoring",
                "INVALID_NUMBER 4: invalid number '1.5'",
                "INVALID_NUMBER 4: invalid ipvs nftables chain priority '1.5'",
                "INVALID_NUMBER 5: number '0' outside range [1, 4294967295]",
                "INVALID_NUMBER 5: invalid ipvs nftables start_fwmark priority '0'");
        assertThat(bad.config().lvs().nftablesTable()).contains("abc");
        assertThat(bad.config().lvs().nftablesStartFwmark()).isEqualTo(1000);

        GlobalParse stop = GlobalParse.globalDefs(kw(2, "nftables_ipvs_priority"), kw(3, "nftables_ipvs", "x"));
        assertThat(stop.reported()).containsExactly("MISSING_PARAMETER 2: *** Configuration line starting "
                + "`nftables_ipvs_priority` is missing a parameter after keyword `nftables_ipvs_priority` at word position 2");
        assertThat(stop.diagnostics().configTestExitCode()).isEqualTo(2);
    }

    @Test
    void vrrpNftables() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "nftables", "ka"), kw(3, "nftables_priority", "-10"), kw(4, "nftables_ifindex"));
        FirewallSettings f = p.config().firewall();
        assertThat(p.reported()).isEmpty();
        assertThat(f.nftablesTable()).contains("ka");
        assertThat(f.nftablesPriority()).isEqualTo(-10);
        assertThat(f.nftablesIfindex()).isTrue();
        assertThat(GlobalParse.globalDefs(kw(2, "nftables")).config().firewall().nftablesTable()).contains("keepalived");

        GlobalParse bad = GlobalParse.globalDefs(kw(2, "nftables", "x".repeat(256)), kw(3, "nftables_priority", "abc"),
                kw(4, "nftables", "a"), kw(5, "nftables", "b"));
        assertThat(bad.reported()).containsExactly(
                "GENERAL_ERROR 2: nftables table name too long - ignoring",
                "INVALID_NUMBER 3: invalid number 'abc'",
                "INVALID_NUMBER 3: invalid nftables chain priority 'abc'",
                "GENERAL_ERROR 5: nftables already specified - ignoring");
        assertThat(bad.config().firewall().nftablesTable()).contains("a");
    }

    @Test
    void iptablesIsReplacedByNftablesAsInTheDebianBuild() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_iptables", "IN", "OUT"), kw(3, "nftables"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: iptables not supported, using nftables instead. Please replace 'vrrp_iptables and "
                        + "'vrrp_ipsets' with 'nftables' config option",
                "GENERAL_ERROR 3: nftables already specified - ignoring");
        assertThat(p.config().firewall().nftablesTable()).contains("keepalived");
        assertThat(p.config().firewall().nftablesPriority()).isEqualTo(-1);
    }
}
