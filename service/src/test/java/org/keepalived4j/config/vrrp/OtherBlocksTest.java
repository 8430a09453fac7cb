package org.keepalived4j.config.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.HostFacts.FileFacts;
import org.keepalived4j.config.ScriptCommand;

/** The VRRP blocks other than vrrp_instance, and the checks that span blocks. */
class OtherBlocksTest {

    private static String instance(String name, int vrid, String iface, String extra) {
        return "vrrp_instance " + name + " {\n    interface " + iface + "\n    virtual_router_id " + vrid + "\n" + extra
                + "    virtual_ipaddress {\n        10.9.9." + (100 + vrid) + "/24\n    }\n}\n";
    }

    @Test
    void vrrpScriptKeywordsAndDefaults() {
        VrrpRun r = VrrpRun.of("""
                vrrp_script chk {
                    script "/bin/true arg1"
                    interval 2
                    timeout 3
                    weight -10 reverse
                    rise 2
                    fall 3
                    user root
                    init_fail
                }
                vrrp_script plain {
                    script /bin/true
                }
                """);
        assertThat(r.printed()).isEmpty();
        VrrpScript chk = r.config().script("chk").orElseThrow();
        assertThat(chk.command()).isEqualTo(new ScriptCommand(List.of("/bin/true", "arg1"), Optional.of("root"), Optional.empty()));
        assertThat(chk.interval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(chk.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(chk.weight()).isEqualTo(-10);
        assertThat(chk.weightReverse()).isTrue();
        assertThat(chk.rise()).isEqualTo(2);
        assertThat(chk.fall()).isEqualTo(3);
        assertThat(chk.initFail()).isTrue();
        VrrpScript plain = r.config().script("plain").orElseThrow();
        assertThat(plain.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(plain.timeout()).isEqualTo(plain.interval());
        assertThat(plain.weight()).isZero();
        assertThat(plain.rise()).isEqualTo(1);
        assertThat(plain.fall()).isEqualTo(1);
    }

    @Test
    void vrrpScriptProblems() {
        VrrpRun r = VrrpRun.of("""
                vrrp_script s1 {
                    script ""
                }
                vrrp_script s2 {
                    script /bin/true
                    interval 0
                    timeout 0
                    interval 5000
                    weight 300
                    weight 5 bogus
                    rise 0
                    user nosuchuser
                }
                vrrp_script s3 {
                    interval 2
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 3) No script set for vrrp_script s1 - removing",
                "(t.conf: Line 6) (s2): vrrp script interval must be greater than 0, setting to 1",
                "(t.conf: Line 7) (s2): vrrp script timeout must be greater than 0, setting to 1",
                "(t.conf: Line 8) number '5000' outside range [0, 4294]",
                "(t.conf: Line 8) (s2): vrrp script interval '5000' must be between 1 and 4294 - ignoring",
                "(t.conf: Line 9) number '300' outside range [-253, 253]",
                "(t.conf: Line 9) vrrp_script s2 weight 300 must be in [-253, 253]",
                "(t.conf: Line 10) vrrp_script s2 unknown weight option bogus",
                "(t.conf: Line 11) number '0' outside range [1, 2147483647]",
                "(t.conf: Line 11) (s2): vrrp script rise value '0' invalid, defaulting to 1",
                "(t.conf: Line 12) Unable to set uid/gid for script '/bin/true'",
                "(t.conf: Line 16) No script set for vrrp_script s3 - removing");
        assertThat(r.config().scripts()).isEmpty();
    }

    @Test
    void scriptWithoutANameIsFatal() {
        VrrpRun r = VrrpRun.of("vrrp_script {\n    script /bin/true\n}\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 1) *** Configuration line starting `vrrp_script` is missing a parameter after keyword `vrrp_script` at word position 2");
    }

    @Test
    void scriptSecurityRefusesScriptsWithoutTheirUser() {
        InstanceDefaults secure = defaults(true);
        VrrpRun r = VrrpRun.of("vrrp_script s1 {\n    script /bin/true\n}\n" + instance("VI_1", 1, "eth0", "    notify_master /bin/true\n"),
                FakeHost.withEth0AndEth1(), secure, Map.of());
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 3) Unable to set default user keepalived_script for script",
                "(t.conf: Line 3) Unable to set default user for vrrp script s1 - removing");
        assertThat(r.instance("VI_1").notifications().scripts().master()).isEmpty();
        assertThat(r.config().defaultScriptUser()).isEmpty();
    }

    @Test
    void keepalivedScriptUserIsTheDefaultWhenItExists() {
        VrrpRun r = VrrpRun.of(instance("VI_1", 1, "eth0", "    notify_master /bin/true\n"),
                FakeHost.withEth0AndEth1().user("keepalived_script"), defaults(true), Map.of());
        assertThat(r.printed()).isEmpty();
        assertThat(r.config().defaultScriptUser()).contains("keepalived_script");
        assertThat(r.instance("VI_1").notifications().scripts().master()).isPresent();
    }

    @Test
    void rootScriptsWithoutScriptSecurityAreASecurityError() {
        VrrpRun r = VrrpRun.of(instance("VI_1", 1, "eth0", "    notify_master /bin/true\n"));
        assertThat(r.printed()).containsExactly("SECURITY VIOLATION - scripts are being executed but script_security not enabled.");
        assertThat(r.diagnostics().counted().get(0).kind()).isEqualTo(ConfigErrorKind.SECURITY_ERROR);
        assertThat(r.diagnostics().configTestExitCode()).isEqualTo(6);
    }

    @Test
    void missingScriptFilesAreOnlyLoggedForNotifyButDisableTrackScripts() {
        VrrpRun notify = VrrpRun.of(instance("VI_1", 1, "eth0", "    notify_master /bin/nonexistent\n"));
        assertThat(notify.printed()).isEmpty();
        assertThat(notify.instance("VI_1").notifications().scripts().master()).isEmpty();

        VrrpRun track = VrrpRun.of("vrrp_script s1 {\n    script /bin/nonexistent\n}\n"
                + instance("VI_1", 1, "eth0", "    track_script {\n        s1\n    }\n"));
        assertThat(track.printed()).containsExactly("Disabling track script s1 since not found/accessible");
        assertThat(track.instance("VI_1").tracking().scripts()).isEmpty();
    }

    @Test
    void insecureScriptsAreDisabledUnderScriptSecurity() {
        FakeHost host = FakeHost.withEth0AndEth1().user("keepalived_script").file("/bin/unsafe", new FileFacts(true, true, 1000, 0755));
        VrrpRun r = VrrpRun.of("vrrp_script s1 {\n    script /bin/unsafe\n    user root\n}\n"
                + instance("VI_1", 1, "eth0", "    track_script {\n        s1\n    }\n"), host, defaults(true), Map.of());
        assertThat(r.printed()).containsExactly("Disabling track script s1 due to insecure");
    }

    @Test
    void syncGroupMembership() {
        VrrpRun r = VrrpRun.of(instance("VI_1", 1, "eth0", "") + instance("VI_2", 2, "eth0", "") + """
                vrrp_sync_group G1 {
                    group {
                        VI_1 VI_9
                    }
                }
                vrrp_sync_group G2 {
                    group {
                        VI_1
                        VI_2
                    }
                    notify_deleted /bin/true
                }
                vrrp_sync_group G3 {
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 25) Unknown keyword 'notify_deleted'",
                "Virtual router VI_9 specified in sync group G1 doesn't exist - ignoring",
                "Sync group G1 has only 1 virtual router(s) - this probably isn't what you want",
                "Virtual router VI_1 cannot exist in more than one sync group; ignoring G2",
                "Sync group G2 has only 1 virtual router(s) - this probably isn't what you want",
                "Sync group G3 has no virtual router(s). removing");
        assertThat(r.config().syncGroups()).extracting(SyncGroup::name).containsExactly("G1", "G2");
        assertThat(r.config().syncGroup("G2").orElseThrow().members()).containsExactly("VI_2");
        assertThat(r.instance("VI_1").syncGroup()).contains("G1");
    }

    @Test
    void syncGroupKeywords() {
        VrrpRun r = VrrpRun.of("vrrp_script chk {\n    script /bin/true\n    user root\n}\n"
                + instance("VI_1", 1, "eth0", "") + instance("VI_2", 2, "eth1", "") + """
                vrrp_sync_group G1 {
                    group {
                        VI_1 VI_2
                    }
                    track_script {
                        chk weight 5
                    }
                    notify_master "/bin/true master" root
                    notify_master /bin/false
                    smtp_alert
                    sync_group_tracking_weight
                    notify_priority_changes maybe
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 27) vrrp group G1: notify_master script already specified - ignoring /bin/false",
                "(t.conf: Line 30) (G1) Invalid value 'maybe' for sync group notify_priority_changes specified",
                "SECURITY VIOLATION - scripts are being executed but script_security not enabled.");
        SyncGroup g = r.config().syncGroup("G1").orElseThrow();
        assertThat(g.members()).containsExactly("VI_1", "VI_2");
        assertThat(g.tracking().scripts()).extracting(TrackedObject::weight).containsExactly(5);
        assertThat(g.notifications().scripts().master().orElseThrow().argv()).containsExactly("/bin/true", "master");
        assertThat(g.notifications().smtpAlert()).isTrue();
        assertThat(g.trackingWeight()).isTrue();
    }

    @Test
    void syncGroupMembersDropWeightedTrackers() {
        VrrpRun r = VrrpRun.of(instance("VI_1", 1, "eth0", "    track_interface {\n        eth1 weight 5\n    }\n")
                + instance("VI_2", 2, "eth0", "") + "vrrp_sync_group G1 {\n    group {\n        VI_1 VI_2\n    }\n}\n");
        assertThat(r.printed()).containsExactly("(VI_1) ignoring eth1 tracked interface weight due to SYNC group");
        assertThat(r.instance("VI_1").tracking().interfaces()).extracting(TrackedObject::weight).containsExactly(0);
    }

    @Test
    void emptyAndRepeatedGroupBlocks() {
        VrrpRun r = VrrpRun.of(instance("VI_1", 1, "eth0", "") + """
                vrrp_sync_group G2 {
                    group {
                    }
                }
                track_group TG1 {
                    group {
                        VI_1
                    }
                    group {
                        VI_1
                    }
                    notify /bin/true
                }
                """);
        // "empty" is found when the whole value block has been read: at its closing brace.
        // After refusing a second group block, keepalived 2.2.7 reads the rest of the enclosing
        // block as top level, closing brace included.
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 10) Warning - sync group G2 has empty group block",
                "(t.conf: Line 16) Group list already specified for sync group TG1",
                "(t.conf: Line 19) Unknown keyword 'notify'",
                "(t.conf: Line 20) Unknown keyword '}'",
                "Sync group G2 has no virtual router(s). removing");
        assertThat(r.config().trackGroups()).containsExactly(
                new TrackGroup("TG1", new org.keepalived4j.config.SourcePos(VrrpRun.FILE, 12), List.of("VI_1")));
    }

    @Test
    void trackFileKeywordsAreReportedTwice() {
        VrrpRun r = VrrpRun.of("""
                track_file f1 {
                    file /tmp/a
                    weight 5 reverse
                    init_file 3 overwrite
                }
                vrrp_track_file f2 {
                    weight 300
                }
                """);
        // keepalived -t reads track_file as the checker process too: each problem shows twice
        String w = "(t.conf: Line 7) number '300' outside range [-254, 254]";
        String w2 = "(t.conf: Line 7) Weight (300) for track_file f2 must be between [-254..254] inclusive. Ignoring...";
        String nf = "(t.conf: Line 8) No file set for track_file f2 - ignoring";
        assertThat(r.printed()).containsExactly(w, w2, nf, w, w2, nf);
        assertThat(r.config().trackFiles()).containsExactly(new TrackFile("f1", new org.keepalived4j.config.SourcePos(VrrpRun.FILE, 1),
                "/tmp/a", 5, true, Optional.of(new TrackFile.Init(3, true))));
    }

    @Test
    void trackProcessKeywords() {
        VrrpRun r = VrrpRun.of("""
                vrrp_track_process p1 {
                    process /usr/sbin/foo a b
                    param_match partial
                    weight 10 reverse
                    quorum 2
                    quorum_max 5
                    terminate_delay 2
                    fork_delay 3
                }
                vrrp_track_process p2 {
                    quorum 2
                }
                """);
        assertThat(r.printed()).containsExactly("(t.conf: Line 12) track process 'p2' process name not specified");
        TrackedProcess p = r.config().trackProcess("p1").orElseThrow();
        assertThat(p.process()).isEqualTo("/usr/sbin/foo");
        assertThat(p.parameters()).containsExactly("a", "b");
        assertThat(p.paramMatch()).isEqualTo(TrackedProcess.ParamMatch.PARTIAL);
        assertThat(p.fullCommand()).isTrue();
        assertThat(p.weight()).isEqualTo(10);
        assertThat(p.weightReverse()).isTrue();
        assertThat(p.quorum()).isEqualTo(2);
        assertThat(p.quorumMax()).isEqualTo(5);
        assertThat(p.terminateDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(p.forkDelay()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void trackProcessDefaults() {
        TrackedProcess p = VrrpRun.of("vrrp_track_process p {\n    process foo\n}\n").config().trackProcess("p").orElseThrow();
        assertThat(p.weight()).isZero();
        assertThat(p.quorum()).isEqualTo(1);
        assertThat(p.quorumMax()).isEqualTo(TrackedProcess.UNBOUNDED);
        assertThat(p.paramMatch()).isEqualTo(TrackedProcess.ParamMatch.NONE);
        assertThat(p.fullCommand()).isFalse();
    }

    @Test
    void garpGroups() {
        VrrpRun r = VrrpRun.of("""
                garp_group {
                    garp_interval 0.5
                    gna_interval 2
                    interface eth0
                }
                garp_group {
                    interface eth0
                }
                garp_group {
                    garp_interval 0.01
                    interfaces {
                        eth1 eth0 eth9
                    }
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 7) garp_group already specified for eth0 - ignoring",
                "(t.conf: Line 8) garp group 0 does not have any delay set - removing",
                "(t.conf: Line 13) garp_group already specified for eth0 - ignoring",
                "(t.conf: Line 13) WARNING - interface eth9 specified for garp_group doesn't exist",
                "Non-existent interface specified in configuration");
        assertThat(r.config().garpGroups()).hasSize(2);
        GarpGroup first = r.config().garpGroups().get(0);
        assertThat(first.garpInterval()).contains(Duration.ofMillis(500));
        assertThat(first.gnaInterval()).contains(Duration.ofSeconds(2));
        assertThat(first.interfaces()).containsExactly("eth0");
        assertThat(r.config().garpGroups().get(1).interfaces()).containsExactly("eth1");
        assertThat(r.config().garpGroups().get(1).aggregationGroup()).isEqualTo(1);
    }

    @Test
    void linkbeatAndUpDownDelays() {
        VrrpRun r = VrrpRun.of("""
                linkbeat_interfaces {
                    eth0 MII
                    eth1 FOO
                    eth9
                }
                interface_up_down_delays {
                    eth0 1 2.5
                    eth1 300 2
                    eth8 1
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 3) extra characters FOO in linkbeat interface",
                "(t.conf: Line 4) unknown interface eth9 specified for linkbeat interface",
                "(t.conf: Line 8) number '300' outside range [0.000000, 255.000000]",
                "(t.conf: Line 9) unknown interface eth8 specified for up/down delay",
                "Non-existent interface specified in configuration");
        assertThat(r.diagnostics().counted().get(1).kind()).isEqualTo(ConfigErrorKind.FATAL);
        assertThat(r.config().linkbeatInterfaces()).containsExactly(
                new LinkbeatInterface("eth0", LinkbeatInterface.Method.MII),
                new LinkbeatInterface("eth1", LinkbeatInterface.Method.DEFAULT));
        assertThat(r.config().interfaceDelays()).containsExactly(
                new InterfaceDelays("eth0", Duration.ofSeconds(1), Duration.ofMillis(2500)));
    }

    @Test
    void staticBlocksKeepEveryEntry() {
        VrrpRun r = VrrpRun.of("""
                static_ipaddress {
                    10.9.9.200/24 dev eth0
                    10.9.9.201/24 dev eth0
                }
                static_routes {
                    10.2.0.0/16 via 10.9.9.254 dev eth0
                }
                static_rules {
                    from 10.9.9.200 table 200 preference 100
                }
                """);
        assertThat(r.config().staticAddresses()).hasSize(2);
        assertThat(r.config().staticRoutes()).hasSize(1);
        assertThat(r.config().staticRules()).hasSize(1);
    }

    @Test
    void theFamilyOwnsExactlyTheVrrpTopLevelKeywords() {
        assertThat(new VrrpBlocks().topLevelKeywords()).containsExactlyInAnyOrder("vrrp_instance", "vrrp_sync_group",
                "vrrp_script", "track_file", "vrrp_track_file", "vrrp_track_process", "static_ipaddress", "static_routes",
                "static_rules", "linkbeat_interfaces", "interface_up_down_delays", "track_group", "garp_group");
    }

    @Test
    void anEmptyConfigurationHasNoVrrp() {
        VrrpRun r = VrrpRun.of("");
        assertThat(r.config().hasVrrp()).isFalse();
        assertThat(r.printed()).isEmpty();
    }

    private static InstanceDefaults defaults(boolean scriptSecurity) {
        return InstanceDefaults.KEEPALIVED.withScriptSecurity(scriptSecurity);
    }
}
