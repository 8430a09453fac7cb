package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.globalDefs;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.keepalived4j.config.FakeHost;

/** Netlink buffers, SNMP, DBus, reload control and the configuration file settings. */
class SystemKeywordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vrrp_netlink_cmd", "vrrp_netlink_monitor", "lvs_netlink_cmd", "lvs_netlink_monitor", "process_monitor"})
    void netlinkBuffers(String name) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, name + "_rcv_bufs", "1048576"), kw(3, name + "_rcv_bufs_force"));
        assertThat(p.reported()).isEmpty();
        assertThat(buffer(p.config().netlinkBuffers(), name)).isEqualTo(new NetlinkBuffer(OptionalLong.of(1048576), true));

        GlobalParse bad = GlobalParse.globalDefs(kw(2, name + "_rcv_bufs"), kw(3, name + "_rcv_bufs", "abc"),
                kw(4, name + "_rcv_bufs", "-5"), kw(5, name + "_rcv_bufs", "0"), kw(6, name + "_rcv_bufs_force", "maybe"),
                kw(7, name + "_rcv_bufs_force", "no"));
        assertThat(bad.reported()).containsExactly(
                "GENERAL_ERROR 2: " + name + "_rcv_bufs size missing",
                "INVALID_NUMBER 3: invalid number 'abc'",
                "GENERAL_ERROR 3: " + name + "_rcv_bufs size (abc) invalid",
                "INVALID_NUMBER 4: negative number '-5'",
                "GENERAL_ERROR 4: " + name + "_rcv_bufs size (-5) invalid",
                "GENERAL_ERROR 6: Invalid value 'maybe' for global " + name + "_rcv_bufs_force specified");
        assertThat(buffer(bad.config().netlinkBuffers(), name)).isEqualTo(NetlinkBuffer.DEFAULT);
    }

    private static NetlinkBuffer buffer(NetlinkBuffers b, String name) {
        return switch (name) {
            case "vrrp_netlink_cmd" -> b.vrrpCommand();
            case "vrrp_netlink_monitor" -> b.vrrpMonitor();
            case "lvs_netlink_cmd" -> b.lvsCommand();
            case "lvs_netlink_monitor" -> b.lvsMonitor();
            default -> b.processMonitor();
        };
    }

    @Test
    void snmp() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "snmp_socket", "udp:1.2.3.4:705"), kw(3, "enable_snmp_vrrp"),
                kw(4, "enable_snmp_checker"), kw(5, "enable_snmp_rfcv2"), kw(6, "enable_traps"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().snmp()).isEqualTo(new SnmpSettings(Optional.of("udp:1.2.3.4:705"), true, true, true, false, true));

        assertThat(GlobalParse.globalDefs(kw(2, "enable_snmp_rfc")).config().snmp())
                .isEqualTo(new SnmpSettings(Optional.empty(), false, false, true, true, false));
        assertThat(GlobalParse.globalDefs(kw(2, "enable_snmp_rfcv3")).config().snmp().rfcV3()).isTrue();
        GlobalParse old = GlobalParse.globalDefs(kw(2, "enable_snmp_keepalived"));
        assertThat(old.reported()).isEmpty();
        assertThat(old.config().snmp().vrrp()).isTrue();
    }

    @Test
    void badSnmpSockets() {
        GlobalParse p = GlobalParse.globalDefs(kw(9, "snmp_socket", "a", "b"), kw(10, "snmp_socket", "unix:/x"),
                kw(11, "snmp_socket", "unix:/y"), kw(12, "snmp_socket"), kw(13, "snmp_socket", "u".repeat(4096)));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 9: Too many parameters specified for snmp_socket - ignoring",
                "GENERAL_ERROR 11: SNMP socket already set to unix:/x - ignoring",
                "GENERAL_ERROR 12: SNMP error : snmp socket name missing",
                "GENERAL_ERROR 13: SNMP error : snmp socket name too long - ignored");
        assertThat(p.config().snmp().effectiveSocket()).isEqualTo("unix:/x");
    }

    @Test
    void dbus() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "enable_dbus", "1"), kw(3, "dbus_service_name", "org.keepalived.Vrrp2"),
                kw(4, "dbus_service_name"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 4: dbus_service_name missing - ignoring");
        assertThat(p.config().dbus()).isEqualTo(new DbusSettings(true, Optional.of("org.keepalived.Vrrp2")));
    }

    @Test
    void reload() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "reload_check_config", "/var/log/ka-check.log", "extra"),
                kw(3, "reload_time_file", "/run/ka.reload-at"), kw(4, "reload_repeat"), kw(5, "reload_file", "/run/ka.reloading"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().reload()).isEqualTo(new ReloadSettings(Optional.of("/var/log/ka-check.log"),
                Optional.of("/run/ka.reload-at"), true, Optional.of("/run/ka.reloading")));

        GlobalParse bare = GlobalParse.globalDefs(kw(2, "reload_check_config"), kw(3, "reload_file"),
                kw(4, "reload_time_file", "a", "b"), kw(5, "reload_time_file"));
        assertThat(bare.reported()).containsExactly("GENERAL_ERROR 4: reload_time_file invalid", "GENERAL_ERROR 5: reload_time_file invalid");
        assertThat(bare.config().reload().checkConfigLog()).contains("/dev/null");
        assertThat(bare.config().reload().checkConfig()).isTrue();
        assertThat(bare.config().reload().reloadFile()).contains("keepalived.reload");
        assertThat(bare.config().reload().timeFile()).isEmpty();
    }

    @Test
    void configFileSettings() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "tmp_config_directory", "/var/lib"), kw(3, "config_save_dir", "/var/lib/ka"),
                kw(4, "random_seed", "4294967295"), kw(5, "data_use_instance"), kw(6, "umask", "027"));
        ConfigFileSettings c = p.config().configFiles();
        assertThat(p.reported()).isEmpty();
        assertThat(c.tmpConfigDirectory()).contains("/var/lib");
        assertThat(c.configSaveDir()).contains("/var/lib/ka");
        assertThat(c.randomSeed()).isEqualTo(OptionalLong.of(4294967295L));
        assertThat(c.dataUseInstance()).isTrue();
        assertThat(c.umask()).isEqualTo(0027);
    }

    @Test
    void badConfigFileSettings() {
        FakeHost host = FakeHost.debian().script("/var/lib/afile", FakeHost.ROOT, 0644);
        GlobalParse p = GlobalParse.of(host, globalDefs(kw(17, "tmp_config_directory", "/tmp"),
                kw(18, "tmp_config_directory", "/var"), kw(19, "tmp_config_directory"),
                kw(20, "config_save_dir", "/nonexistent/dir/x"), kw(21, "config_save_dir", "/var/lib/afile"),
                kw(22, "random_seed", "abc"), kw(23, "random_seed", "-1"), kw(24, "random_seed", "4294967296"),
                kw(25, "data_use_instance", "maybe")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 18: tmp_config_directory already specified - ignoring",
                "GENERAL_ERROR 19: tmp_config_directory already specified - ignoring",
                "GENERAL_ERROR 20: Unable to create config_save_dir /nonexistent/dir/x (error 2 - No such file or directory)",
                "GENERAL_ERROR 21: config_save_dir /var/lib/afile exists and is not a directory",
                "INVALID_NUMBER 22: invalid number 'abc'",
                "GENERAL_ERROR 22: random_seed abc invalid",
                "INVALID_NUMBER 23: negative number '-1'",
                "GENERAL_ERROR 23: random_seed -1 invalid",
                "INVALID_NUMBER 24: number '4294967296' outside unsigned integer range",
                "GENERAL_ERROR 24: random_seed 4294967296 invalid",
                "GENERAL_ERROR 25: Invalid value 'maybe' for global date_use_instance specified");
        assertThat(p.config().configFiles().tmpConfigDirectory()).contains("/tmp");
        assertThat(p.config().configFiles().configSaveDir()).isEmpty();
        assertThat(p.config().configFiles().randomSeed()).isEmpty();
        assertThat(GlobalParse.globalDefs(kw(2, "tmp_config_directory")).reported())
                .containsExactly("GENERAL_ERROR 2: tmp_config_directory missing directory name");
        GlobalParse stop = GlobalParse.globalDefs(kw(26, "config_save_dir"), kw(27, "random_seed", "abc"));
        assertThat(stop.reported()).as("keepalived stops reading at the missing word").containsExactly(
                "MISSING_PARAMETER 26: *** Configuration line starting `config_save_dir` is missing a parameter after "
                        + "keyword `config_save_dir` at word position 2");
        assertThat(stop.diagnostics().configTestExitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"022;18", "0x1ff;511", "18;18", "IWGRP|IWOTH;18", "IRUSR|IWUSR|IXUSR;448"})
    void umaskValues(String word, int expected) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "umask", word));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().configFiles().umask()).isEqualTo(expected);
    }

    @Test
    void umaskBitsMaySpanWords() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "umask", "IWGRP", "|", "IWOTH"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().configFiles().umask()).isEqualTo(0022);
    }

    @Test
    void badUmasks() {
        GlobalParse p = GlobalParse.globalDefs(kw(4, "umask", "0777", "extra"), kw(5, "umask", "01000"), kw(6, "umask", "08"),
                kw(9, "umask", "IWGRP", "IWOTH"), kw(10, "umask", "IWGRP|"), kw(11, "umask", "IWGRPX"), kw(12, "umask", "iwgrp"),
                kw(13, "umask", "|IWGRP"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 4: Extra parameter(s) to umask option",
                "GENERAL_ERROR 5: invalid umask value 01000",
                "GENERAL_ERROR 6: invalid umask value 08",
                "GENERAL_ERROR 9: Invalid umask syntax IWOTH",
                "GENERAL_ERROR 10: umask missing bit value",
                "GENERAL_ERROR 11: Invalid umask syntax IWGRPX",
                "GENERAL_ERROR 12: Unknown umask bit iwgrp",
                "GENERAL_ERROR 13: Unknown umask bit |IWGRP");
        assertThat(p.config().configFiles().umask()).isEqualTo(0022);
        assertThat(GlobalParse.globalDefs(kw(14, "umask")).reported()).containsExactly("MISSING_PARAMETER 14: *** "
                + "Configuration line starting `umask` is missing a parameter after keyword `umask` at word position 2");
    }

    @Test
    void includeCheck() {
        assertThat(includeCheck(kw(2, "include_check"))).isEqualTo(IncludeCheck.ALL);
        assertThat(includeCheck(kw(2, "include_check", "match")).options()).containsExactly(IncludeCheck.Option.MATCH);
        assertThat(includeCheck(kw(2, "include_check", "brace_match", "+wildcard_match")).options())
                .containsExactlyInAnyOrder(IncludeCheck.Option.BRACE_MATCH, IncludeCheck.Option.WILDCARD_MATCH);
        assertThat(includeCheck(kw(2, "include_check"), kw(3, "include_check", "-match", "-brace_match")).options())
                .containsExactlyInAnyOrder(IncludeCheck.Option.READABLE, IncludeCheck.Option.WILDCARD_MATCH);
    }

    private static IncludeCheck includeCheck(org.keepalived4j.config.Directive... d) {
        GlobalParse p = GlobalParse.globalDefs(d);
        assertThat(p.reported()).isEmpty();
        return p.config().configFiles().includeCheck();
    }

    @Test
    void includeCheckWordsAsIn227() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "include_check", "readable"), kw(3, "include_check", "foo", "bar"),
                kw(4, "include_check", "match", "foo"), kw(5, "include_check", "-foo", "-bar"),
                kw(6, "include_check", "+readable", "-match", "foo"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: Unknown include_check type 'readable' - ignoring",
                "GENERAL_ERROR 3: Unknown include_check type 'foo' - ignoring",
                "GENERAL_ERROR 3: Duplicate include_check 'bar' specified - ignoring",
                "GENERAL_ERROR 4: Duplicate include_check 'foo' specified - ignoring",
                "GENERAL_ERROR 5: Unknown include_check type 'foo' - ignoring",
                "GENERAL_ERROR 5: Unknown include_check type 'bar' - ignoring",
                "GENERAL_ERROR 6: Unknown include_check type 'readable' - ignoring",
                "GENERAL_ERROR 6: Duplicate include_check 'foo' specified - ignoring");
    }
}
