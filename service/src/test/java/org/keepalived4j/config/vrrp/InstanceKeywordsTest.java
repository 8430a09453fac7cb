package org.keepalived4j.config.vrrp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/** vrrp_instance keywords: values, defaults, and keepalived 2.2.7's messages for bad values. */
class InstanceKeywordsTest {

    private static final String VIP = "    virtual_ipaddress {\n        10.9.9.100/24\n    }\n";

    private static VrrpRun run(String body) {
        return VrrpRun.of("vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n" + body + VIP + "}\n");
    }

    private static SourcePos line(int n) {
        return new SourcePos(VrrpRun.FILE, n);
    }

    @Test
    void minimalInstanceGetsKeepalivedDefaults() {
        VrrpRun r = run("");
        assertThat(r.printed()).isEmpty();
        VrrpInstance v = r.instance("VI_1");
        assertThat(v.virtualRouterId()).isEqualTo(51);
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.family()).isEqualTo(IpAddress.Family.INET);
        assertThat(v.advertInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(v.priority()).isEqualTo(100);
        assertThat(v.initialState()).isEqualTo(Election.State.BACKUP);
        assertThat(v.election().nopreempt()).isFalse();
        assertThat(v.election().preemptDelay()).isZero();
        assertThat(v.election().accept()).isTrue();
        assertThat(v.election().downTimerAdverts()).isEqualTo(3);
        assertThat(v.strictMode()).isFalse();
        assertThat(v.interfaceName()).contains("eth0");
        assertThat(v.network().unicastTtl()).isEqualTo(255);
        assertThat(v.network().isUnicast()).isFalse();
        assertThat(v.authentication()).isEmpty();
        assertThat(v.addresses().virtual()).hasSize(1);
        assertThat(v.garp()).isEqualTo(new GarpSettings(Duration.ofSeconds(5), 5, Duration.ZERO, 1, Duration.ofSeconds(5), 5,
                Duration.ZERO, false));
        assertThat(v.notifications().smtpAlert()).isFalse();
        assertThat(v.syncGroup()).isEmpty();
    }

    @Test
    void everyElectionKeywordIsRead() {
        VrrpRun r = run("""
                    state MASTER
                    priority 150
                    advert_int 3
                    preempt_delay 2.5
                    no_accept
                    down_timer_adverts 4
                    lower_prio_no_advert
                    higher_prio_send_advert on
                    skip_check_adv_addr
                """);
        Election e = r.instance("VI_1").election();
        assertThat(e.initialState()).isEqualTo(Election.State.MASTER);
        assertThat(e.priority()).isEqualTo(150);
        assertThat(r.instance("VI_1").advertInterval()).isEqualTo(Duration.ofSeconds(3));
        assertThat(e.accept()).isFalse();
        assertThat(e.downTimerAdverts()).isEqualTo(4);
        assertThat(e.lowerPrioNoAdvert()).isTrue();
        assertThat(e.higherPrioSendAdvert()).isTrue();
        assertThat(e.skipCheckAdvAddr()).isTrue();
        // preempt_delay cannot work with initial state MASTER, and keepalived says so
        assertThat(e.preemptDelay()).isZero();
        assertThat(r.printed()).containsExactly("(VI_1) Warning - preempt delay will not work with initial state MASTER - clearing");
    }

    @Test
    void stateMasterWithoutPriorityIsTheAddressOwner() {
        VrrpRun r = run("    state MASTER\n    nopreempt\n");
        assertThat(r.instance("VI_1").priority()).isEqualTo(255);
        assertThat(r.instance("VI_1").election().nopreempt()).isFalse();
        assertThat(r.printed()).containsExactly("(VI_1) nopreempt is incompatible with priority 255. resetting nopreempt");
    }

    @Test
    void priority255WithoutStateStartsAsMaster() {
        assertThat(run("    priority 255\n").instance("VI_1").initialState()).isEqualTo(Election.State.MASTER);
    }

    @Test
    void priorityOutOfRangeIsReportedTwiceAndDefaultsTo100() {
        VrrpRun r = run("    priority 300\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 4) number '300' outside range [1, 255]",
                "(t.conf: Line 4) (VI_1) Priority not valid! must be between 1 & 255. Using default 100");
        assertThat(r.diagnostics().counted()).extracting(d -> d.kind())
                .containsExactly(ConfigErrorKind.INVALID_NUMBER, ConfigErrorKind.GENERAL_ERROR);
        assertThat(r.instance("VI_1").priority()).isEqualTo(100);
    }

    @Test
    void missingVirtualRouterIdStopsTheValidation() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_2 {
                    interface eth0
                    virtual_router_id 5
                    advert_int 1.5
                }
                vrrp_instance VI_1 {
                    interface eth0
                }
                """);
        // keepalived checks every instance's VRID before completing any, then gives up
        assertThat(r.printed()).containsExactly("(VI_1) the virtual router id must be set");
        assertThat(r.diagnostics().configTestExitCode()).isEqualTo(5);
        assertThat(r.config().instance("VI_1")).isEmpty();
    }

    @Test
    void invalidVirtualRouterId() {
        VrrpRun r = run("    virtual_router_id 5x\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 4) invalid number '5x'",
                "(t.conf: Line 4) (VI_1): VRID '5x' not valid - must be between 1 & 255");
        assertThat(r.instance("VI_1").virtualRouterId()).isEqualTo(51);
    }

    @Test
    void missingInterfaceIsABadInterfaceAndEndsTheCheck() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_1 {
                    interface eth9
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 2) WARNING - interface eth9 for vrrp_instance VI_1 doesn't exist",
                "Non-existent interface specified in configuration");
        assertThat(r.diagnostics().counted().get(1).kind()).isEqualTo(ConfigErrorKind.BAD_IF);
        // the general error comes later in keepalived's order, so it decides: 5, not 4
        assertThat(r.diagnostics().configTestExitCode()).isEqualTo(5);
    }

    @Test
    void dynamicInterfacesAllowMissingOnes() {
        InstanceDefaults dynamic = withDynamicInterfaces();
        VrrpRun r = VrrpRun.of("vrrp_instance VI_1 {\n    interface eth9\n    virtual_router_id 1\n" + VIP + "}\n",
                FakeHost.withEth0AndEth1(), dynamic, java.util.Map.of());
        assertThat(r.printed()).isEmpty();
        assertThat(r.instance("VI_1").interfaceName()).contains("eth9");
    }

    @Test
    void loopbackInterfaceIsRefused() {
        VrrpRun r = VrrpRun.of("vrrp_instance VI_1 {\n    interface lo\n    virtual_router_id 51\n" + VIP + "}\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 2) (VI_1) cannot use a loopback interface (lo) for vrrp - ignoring",
                "(VI_1) Unknown interface!");
    }

    @Test
    void advertIntervalRulesDependOnTheVersion() {
        VrrpRun v2 = run("    advert_int 1.5\n");
        assertThat(v2.printed()).containsExactly("(VI_1) VRRPv2 advertisement interval 1.500000s must be an integer. rounding");
        assertThat(v2.instance("VI_1").advertInterval()).isEqualTo(Duration.ofSeconds(2));

        VrrpRun v3 = run("    version 3\n    advert_int 0.015\n");
        assertThat(v3.printed()).containsExactly(
                "(VI_1) VRRPv3 advertisement interval 0.015000s must be in units of 10ms - rounding");
        assertThat(v3.instance("VI_1").advertInterval()).isEqualTo(Duration.ofMillis(20));

        VrrpRun v3big = run("    version 3\n    advert_int 50\n");
        assertThat(v3big.printed()).containsExactly(
                "(VI_1) VRRPv3 advertisement interval 50.00s is out of range. Must be less than 40.96s. Setting to 40.95s");
        assertThat(v3big.instance("VI_1").advertInterval()).isEqualTo(Duration.ofMillis(40950));

        VrrpRun zero = run("    advert_int 0\n");
        assertThat(zero.printed()).containsExactly(
                "(t.conf: Line 4) number '0' outside range [0.010000, 255.000000]",
                "(t.conf: Line 4) (VI_1) Advert interval (0) not valid! Must be > 0 - ignoring");
    }

    @Test
    void authenticationIsReadAndRefusedForVersion3() {
        VrrpRun v2 = run("    authentication {\n        auth_type PASS\n        auth_pass secret\n    }\n");
        assertThat(v2.instance("VI_1").authentication()).contains(new Authentication(Authentication.Type.PASS, "secret"));

        VrrpRun v3 = run("    version 3\n    authentication {\n        auth_type PASS\n        auth_pass secret123\n    }\n");
        assertThat(v3.printed()).containsExactly(
                "(t.conf: Line 7) Truncating auth_pass to 8 characters",
                "(VI_1) VRRP version 3 does not support authentication. Ignoring.");
        assertThat(v3.instance("VI_1").authentication()).isEmpty();

        VrrpRun bad = run("    authentication {\n        auth_type FOO\n        bogus 1\n    }\n");
        assertThat(bad.printed()).containsExactly(
                "(t.conf: Line 5) (VI_1) unknown authentication type 'FOO'",
                "(t.conf: Line 6) Unknown keyword 'bogus'");
    }

    @Test
    void stateMessages() {
        VrrpRun r = run("    state FOO\n    state MASTER\n    state BACKUP\n    priority 100\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 4) (VI_1) unknown state 'FOO', defaulting to BACKUP",
                "(t.conf: Line 6) (VI_1) state previously set as MASTER - ignoring BACKUP");
        assertThat(r.instance("VI_1").initialState()).isEqualTo(Election.State.MASTER);
    }

    @Test
    void missingParameterIsFatal() {
        VrrpRun r = run("    notify_master\n");
        assertThat(r.printed()).containsExactly("(t.conf: Line 4) *** Configuration line starting `notify_master` is missing"
                + " a parameter after keyword `notify_master` at word position 2");
        assertThat(r.diagnostics().counted().get(0).kind()).isEqualTo(ConfigErrorKind.MISSING_PARAMETER);
        assertThat(r.diagnostics().configTestExitCode()).as("keepalived stops reading: exit 2").isEqualTo(2);
    }

    @Test
    void keywordsAddedAfter227AreUnknown() {
        VrrpRun r = run("    timer_expired_backup\n    no_virtual_ipaddress\n");
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 4) Unknown keyword 'timer_expired_backup'",
                "(t.conf: Line 5) Unknown keyword 'no_virtual_ipaddress'");
    }

    @Test
    void v3ChecksumAsV2FromKeepalived228IsReadBecauseRfc9568PeersNeedIt() {
        assertThat(run("    version 3\n    v3_checksum_as_v2\n").instance("VI_1").network().v3ChecksumAsV2()).isTrue();
        assertThat(run("    version 3\n    v3_checksum_as_v2 false\n").instance("VI_1").network().v3ChecksumAsV2())
                .isFalse();
        assertThat(run("").instance("VI_1").network().v3ChecksumAsV2()).isFalse();
    }

    @Test
    void switchesWithBadValues() {
        VrrpRun r = run("""
                    smtp_alert maybe
                    strict_mode maybe
                    skip_check_adv_addr xx
                    notify_priority_changes xx
                    lower_prio_no_advert xx
                    old_unicast_checksum xx
                """);
        assertThat(r.printed()).startsWith(
                "(t.conf: Line 4) Invalid vrrp_instance smtp_alert parameter maybe",
                "(t.conf: Line 5) (VI_1) invalid strict_mode maybe specified",
                "(t.conf: Line 6) (VI_1) invalid skip_check_adv_addr xx specified",
                "(t.conf: Line 7) (VI_1) Invalid value 'xx' for notify_priority_changes specified",
                "(t.conf: Line 8) (VI_1) invalid lower_prio_no_advert xx specified",
                "(t.conf: Line 9) (VI_1) Unknown old_unicast_chksum mode xx - ignoring",
                "(VI_1) A unicast keyword has been specified without any unicast peers. Defaulting to multicast."
                        + " This usage is deprecated - please update your configuration.");
    }

    @Test
    void garpOverrides() {
        VrrpRun r = run("""
                    garp_master_delay 3
                    garp_master_refresh 10
                    garp_master_repeat 0
                    garp_master_refresh_repeat 2
                    garp_lower_prio_delay 4
                    garp_lower_prio_repeat 3
                    garp_extra_if all 30
                """);
        assertThat(r.printed()).containsExactly("(t.conf: Line 6) (VI_1): garp_master_repeat must be greater than 0, setting to 1");
        assertThat(r.instance("VI_1").garp()).isEqualTo(new GarpSettings(Duration.ofSeconds(3), 1, Duration.ofSeconds(10), 2,
                Duration.ofSeconds(4), 3, Duration.ofSeconds(30), true));

        VrrpRun old = run("    vmac_garp_intvl 5\n    garp_extra_if all\n");
        assertThat(old.printed()).containsExactly(
                "(t.conf: Line 4) Keyword \"vmac_garp_intvl\" is deprecated - please use \"garp_extra_if\"",
                "(t.conf: Line 5) (VI_1): garp_extra_if specified without time - ignoring");
        assertThat(old.diagnostics().counted().get(0).kind()).isEqualTo(ConfigErrorKind.DEPRECATED);
    }

    @Test
    void aNotifyScriptInSingleQuotesKeepsItsArgumentsAndTakesNoUser() {
        // keepalived 2.2.7 splits every script alike (set_script_params_array); -t shows misc_path
        // '/bin/echo q r' as '/bin/echo' 'q' 'r'
        VrrpRun r = run("""
                    notify_master '/bin/true q r'
                """);
        assertThat(r.instance("VI_1").notifications().scripts().master())
                .contains(new ScriptCommand(List.of("/bin/true", "q", "r"), Optional.empty(), Optional.empty()));
    }

    @Test
    void notifyScriptsAreSplitLikeKeepalived() {
        VrrpRun r = run("""
                    notify_master "/bin/true 'a b' c"
                    notify_backup /bin/true root
                    notify /bin/true
                    notify /bin/false
                    notify_deleted
                """);
        Notifications n = r.instance("VI_1").notifications();
        assertThat(n.scripts().master()).contains(new ScriptCommand(List.of("/bin/true", "a b", "c"), Optional.empty(), Optional.empty()));
        assertThat(n.scripts().backup().orElseThrow().user()).contains("root");
        assertThat(n.scripts().generic().orElseThrow().argv()).containsExactly("/bin/true");
        assertThat(n.notifyDeleted()).isTrue();
        assertThat(n.scripts().deleted()).isEmpty();
        assertThat(r.printed()).contains("(t.conf: Line 7) (VI_1) notify script already specified - ignoring /bin/false");
    }

    @Test
    void notifyScriptWithUnknownUserIsDroppedWithoutCounting() {
        VrrpRun r = run("    notify_fault /bin/true nosuch\n");
        assertThat(r.instance("VI_1").notifications().scripts().fault()).isEmpty();
        assertThat(r.diagnostics().all()).extracting(d -> d.message())
                .contains("Script user 'nosuch' does not exist", "Invalid user/group for notify script /bin/true - ignoring");
        assertThat(r.printed()).doesNotContain("Invalid user/group for notify script /bin/true - ignoring");
    }

    @Test
    void unicastPeersAndTheirOptions() {
        VrrpRun r = run("""
                    unicast_src_ip 10.9.9.1
                    unicast_peer {
                        10.9.9.7 min_ttl 300
                        10.9.9.8 min_ttl 20 max_ttl 10
                        10.9.9.9 foo 3
                        fe80::1
                        bad
                        10.9.9.10 min_ttl 5
                    }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 6) number '300' outside range [0, 255]",
                "(t.conf: Line 7) (VI_1) min_ttl 20 > max_ttl 10 - all packets will be discarded",
                "(t.conf: Line 8) (VI_1) unknown unicast_peer option foo",
                "(t.conf: Line 9) Configuration error: VRRP instance[VI_1] and unicast peer address[fe80::1] MUST be of the same family !!! Skipping...",
                "(t.conf: Line 10) Configuration error: VRRP instance[VI_1] malformed unicast peer address[bad]. Skipping...");
        InstanceNetwork net = r.instance("VI_1").network();
        assertThat(net.unicastPeers()).hasSize(4);
        assertThat(net.unicastPeers().get(3)).isEqualTo(new UnicastPeer(IpAddress.parse("10.9.9.10").orElseThrow(), 5, 255));
        assertThat(net.checkUnicastSource()).isTrue();
        assertThat(net.sourceAddress()).contains(IpAddress.parse("10.9.9.1").orElseThrow());
    }

    @Test
    void unicastTtlWithoutPeersIsReset() {
        VrrpRun r = run("    unicast_ttl 10\n");
        assertThat(r.printed()).containsExactly("(t.conf: Line 8) (VI_1): Cannot use unicast_ttl without unicast peers - resetting");
    }

    @Test
    void vipFamiliesMustMatch() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    virtual_ipaddress {
                        2001:db8::1/64
                        10.9.9.100/24
                    }
                    virtual_ipaddress_excluded {
                        10.9.9.101/24
                    }
                }
                """);
        assertThat(r.printed()).contains("(t.conf: Line 6) (VI_1): address family must match VRRP instance [10.9.9.100/24] - ignoring");
        VrrpInstance v = r.instance("VI_1");
        assertThat(v.family()).isEqualTo(IpAddress.Family.INET6);
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.addresses().virtual()).hasSize(1);
        assertThat(v.addresses().excluded()).hasSize(1);
        // not link-local first: keepalived only logs it outside strict mode
        assertThat(r.diagnostics().all()).extracting(d -> d.message()).contains("(VI_1) the first IPv6 VIP address should be link local");
    }

    @Test
    void noVipIsSensibleForV2AndRequiredForV3() {
        VrrpRun v2 = VrrpRun.of("vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n}\n");
        assertThat(v2.printed()).containsExactly(
                "(VI_1) No VIP specified; at least one is sensible", "(VI_1) No VIP specified; at least one is sensible");
        VrrpRun v3 = VrrpRun.of("vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    version 3\n}\n");
        assertThat(v3.printed()).containsExactly("(VI_1) No VIP specified; at least one is required");
        assertThat(v3.config().instances()).isEmpty();
    }

    @Test
    void vmacAndIpvlanOptions() {
        VrrpRun r = run("    use_vmac vrrp51 02:11:22:33:44:55\n    use_vmac_addr\n    vmac_xmit_base\n");
        assertThat(r.instance("VI_1").network().vmac())
                .contains(new Vmac(Optional.of("vrrp51"), Optional.of("02:11:22:33:44:55"), true, true));

        VrrpRun bad = run("    use_vmac 03:00:00:00:00:01\n");
        assertThat(bad.printed()).containsExactly("(t.conf: Line 4) VMAC MAC address is multicast 03:00:00:00:00:01 - ignoring");
        VrrpRun rfc = run("    use_vmac 00:00:5e:00:01:05\n");
        assertThat(rfc.printed()).containsExactly(
                "(t.conf: Line 4) VMAC MAC address not allowed to be RFC5798 address (00:00:5e:00:01:05) - ignoring");
        // only the first two words count in 2.2.7
        assertThat(run("    use_vmac 02:00:00:00:00:01 vm1 vm2\n").printed()).isEmpty();
        assertThat(run("    use_vmac vm1 vm2 vm3\n").printed()).containsExactly("(t.conf: Line 4) VMAC interface name already specified");

        VrrpRun ipvlan = run("    use_ipvlan ipv1 10.9.9.50/24 private bridge\n");
        assertThat(ipvlan.printed()).containsExactly("(t.conf: Line 4) (VI_1) ipvlan type already specified - ignoring 'bridge'");
        assertThat(ipvlan.instance("VI_1").network().ipvlan().orElseThrow().mode()).isEqualTo(Ipvlan.Mode.PRIVATE);
        assertThat(ipvlan.instance("VI_1").network().ipvlan().orElseThrow().interfaceName()).contains("ipv1");
    }

    @Test
    void strictModeResetsWhatTheRfcForbids() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    strict_mode
                    state MASTER
                    priority 100
                    preempt_delay 5
                    down_timer_adverts 5
                    garp_lower_prio_repeat 3
                    garp_lower_prio_delay 2
                    lower_prio_no_advert false
                    higher_prio_send_advert
                    authentication {
                        auth_type AH
                        auth_pass abc
                    }
                    use_vmac 02:11:22:33:44:55
                    vmac_xmit_base
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(VI_1) State MASTER must match being address owner",
                "(VI_1) Strict mode does not support authentication. Ignoring.",
                "(VI_1): cannot specify MAC address with strict mode - clearing",
                "(VI_1) preempt_delay is incompatible with strict mode - resetting",
                "(VI_1) down_timer_adverts is incompatible with strict mode - resetting",
                "(VI_1) Strict mode requires no repeat garps. resetting",
                "(VI_1) Strict mode requires no repeat garp delay. resetting",
                "(VI_1) Strict mode requires no lower priority advert. resetting",
                "(VI_1) strict mode requires higher_prio_send_advert to be clear. resetting",
                "(VI_1) xmit_base is incompatible with strict mode - resetting");
        VrrpInstance v = r.instance("VI_1");
        assertThat(v.strictMode()).isTrue();
        assertThat(v.initialState()).isEqualTo(Election.State.BACKUP);
        assertThat(v.election().accept()).isFalse();
        assertThat(v.election().lowerPrioNoAdvert()).isTrue();
        assertThat(v.garp().lowerPriorityRepeat()).isZero();
    }

    @Test
    void trackingWeightsAndReferences() {
        VrrpRun r = VrrpRun.of("""
                vrrp_script chk {
                    script /bin/true
                    weight -10 reverse
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    track_interface {
                        eth1 weight 254 foo
                        eth7
                    }
                    track_script {
                        chk
                        chk weight 3
                        nosuch
                    }
                    track_process {
                        p1
                    }
                    track_bfd {
                        b1 weight 5
                    }
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                """, FakeHost.withEth0AndEth1(), InstanceDefaults.KEEPALIVED, java.util.Map.of("b1", new TrackLines.Defaults(0, false)));
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 9) (VI_1) weight for eth1 cannot be +/-254. Setting to +/-253",
                "(t.conf: Line 9) (VI_1) unknown track_interace eth1 weight option foo - ignoring",
                "(t.conf: Line 10) (VI_1) tracked interface eth7 doesn't exist",
                "(t.conf: Line 14) (VI_1) duplicate track_script chk - ignoring",
                "(t.conf: Line 15) (VI_1) track script nosuch not found, ignoring...",
                "(t.conf: Line 18) (VI_1) track process p1 not found, ignoring...",
                "Non-existent interface specified in configuration");
        // keepalived stops validating here; the model still holds what was read
        Tracking t = r.instance("VI_1").tracking();
        assertThat(t.interfaces()).containsExactly(new TrackedObject("eth1", 253, false, line(9)));
        assertThat(t.scripts()).containsExactly(new TrackedObject("chk", -10, true, line(13)));
        assertThat(t.bfds()).containsExactly(new TrackedObject("b1", 5, false, line(21)));
    }

    @Test
    void trackedObjectsKeepTheirWeights() {
        VrrpRun r = VrrpRun.of("""
                vrrp_script chk {
                    script /bin/true
                    weight -10 reverse
                }
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    track_interface {
                        eth1 weight 10 reverse
                    }
                    track_script {
                        chk
                    }
                    track_bfd {
                        b1 weight 5 noreverse
                    }
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                """, FakeHost.withEth0AndEth1(), InstanceDefaults.KEEPALIVED, java.util.Map.of("b1", new TrackLines.Defaults(0, true)));
        Tracking t = r.instance("VI_1").tracking();
        assertThat(t.interfaces()).containsExactly(new TrackedObject("eth1", 10, true, line(9)));
        assertThat(t.scripts()).containsExactly(new TrackedObject("chk", -10, true, line(12)));
        assertThat(t.bfds()).containsExactly(new TrackedObject("b1", 5, false, line(15)));
    }

    @Test
    void scriptDefinedAfterTheInstanceIsNotFound() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 51
                    track_script {
                        chk
                    }
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                vrrp_script chk {
                    script "/bin/true"
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 5) (VI_1) track script chk not found, ignoring...",
                "SECURITY VIOLATION - scripts are being executed but script_security not enabled.");
        assertThat(r.diagnostics().configTestExitCode()).isEqualTo(6);
    }

    @Test
    void addressOwnerIgnoresWeightedTrackers() {
        VrrpRun r = run("    priority 255\n    track_interface {\n        eth1 weight 10\n    }\n");
        assertThat(r.printed()).containsExactly("(VI_1) ignoring eth1 tracked interface due to address owner");
        assertThat(r.instance("VI_1").tracking().interfaces()).isEmpty();
    }

    @Test
    void ownInterfaceIsNotTracked() {
        VrrpRun r = run("    track_interface {\n        eth0\n    }\n");
        assertThat(r.printed()).containsExactly("(VI_1) Ignoring track_interface eth0 since own interface");
    }

    @Test
    void duplicateNamesAndMissingNames() {
        VrrpRun r = VrrpRun.of("""
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 5
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                vrrp_instance VI_1 {
                }
                vrrp_instance {
                }
                vrrp_instance A B {
                }
                """);
        assertThat(r.printed()).containsExactly(
                "(t.conf: Line 8) vrrp instance VI_1 already defined",
                "(t.conf: Line 10) vrrp_instance must have a name",
                "(t.conf: Line 12) vrrp_instance must have a name");
    }

    @Test
    void sameVridOnTheSameInterfaceConflicts() {
        String two = """
                vrrp_instance VI_1 {
                    interface eth0
                    virtual_router_id 5
                    %s
                    virtual_ipaddress {
                        10.9.9.100/24
                    }
                }
                vrrp_instance VI_2 {
                    interface eth0
                    virtual_router_id 5
                    %s
                    virtual_ipaddress {
                        10.9.9.101/24
                    }
                }
                """;
        assertThat(VrrpRun.of(two.formatted("", "")).printed()).containsExactly("VI_1 and VI_2 both use VRID 5 with IPv4 on interface eth0");
        String peer2 = "unicast_peer {\n 10.9.9.2\n }";
        String peer3 = "unicast_peer {\n 10.9.9.3\n }";
        assertThat(VrrpRun.of(two.formatted(peer2, peer2)).printed()).containsExactly("(VI_1) duplicate VRID conflict with VI_2 VRID 5");
        assertThat(VrrpRun.of(two.formatted(peer2, peer3)).printed()).isEmpty();
        assertThat(VrrpRun.of(two.formatted(peer2, "")).printed()).isEmpty();
    }

    private static InstanceDefaults withDynamicInterfaces() {
        return InstanceDefaults.KEEPALIVED.withDynamicInterfaces(true);
    }
}
