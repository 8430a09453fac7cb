package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.globalDefs;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;

/** VRRP defaults and gratuitous ARP settings; messages as keepalived 2.2.7 -t prints them. */
class VrrpKeywordsTest {

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void vrrpDefaultsAreRead() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_version", "3"), kw(3, "vrrp_mcast_group4", "224.0.0.19"),
                kw(4, "vrrp_mcast_group6", "ff02::13"), kw(5, "default_interface", "bond0"), kw(6, "vrrp_strict"),
                kw(7, "vrrp_skip_check_adv_addr"), kw(8, "vrrp_check_unicast_src"), kw(9, "vrrp_lower_prio_no_advert"),
                kw(10, "vrrp_higher_prio_send_advert", "yes"), kw(11, "vrrp_down_timer_adverts", "10"),
                kw(12, "vrrp_startup_delay", "5.5"), kw(13, "log_unknown_vrids"), kw(14, "vmac_prefix", "vm"),
                kw(15, "vmac_addr_prefix", "va"), kw(16, "vrrp_rx_bufs_multiplier", "4"),
                kw(17, "dynamic_interfaces", "allow_if_changes"), kw(18, "disable_local_igmp"));
        VrrpDefaults v = p.config().vrrp();
        assertThat(p.reported()).isEmpty();
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.mcastGroup4()).isEqualTo(ip("224.0.0.19"));
        assertThat(v.mcastGroup6()).isEqualTo(ip("ff02::13"));
        assertThat(v.effectiveDefaultInterface()).isEqualTo("bond0");
        assertThat(v.strict()).isTrue();
        assertThat(v.skipCheckAdvAddr()).isTrue();
        assertThat(v.checkUnicastSrc()).isTrue();
        assertThat(v.lowerPrioNoAdvert()).isTrue();
        assertThat(v.higherPrioSendAdvert()).isTrue();
        assertThat(v.downTimerAdverts()).isEqualTo(10);
        assertThat(v.startupDelay()).isEqualTo(Duration.ofMillis(5500));
        assertThat(v.logUnknownVrids()).isTrue();
        assertThat(v.effectiveVmacPrefix()).isEqualTo("vm");
        assertThat(v.effectiveVmacAddrPrefix()).isEqualTo("va");
        assertThat(v.rxBufsMultiplier()).isEqualTo(4);
        assertThat(v.dynamicInterfaces()).isTrue();
        assertThat(v.allowIfChanges()).isTrue();
        assertThat(v.disableLocalIgmp()).isTrue();
    }

    @Test
    void plainSwitchesIgnoreTheirArguments() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_strict", "off"), kw(3, "log_unknown_vrids", "no"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().vrrp().strict()).isTrue();
        assertThat(p.config().vrrp().logUnknownVrids()).isTrue();
    }

    @Test
    void badMulticastGroups() {
        GlobalParse p = GlobalParse.globalDefs(kw(29, "vrrp_mcast_group4", "10.0.0.1"), kw(30, "vrrp_mcast_group4", "ff02::1"),
                kw(31, "vrrp_mcast_group4", "abc"), kw(32, "vrrp_mcast_group6", "224.0.0.1"), kw(33, "vrrp_mcast_group6", "fe80::1"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 29: vrrp_mcast_group4 [10.0.0.1] is not multicast. Skipping",
                "GENERAL_ERROR 30: vrrp_mcast_group4 [ff02::1] is not IPv4. Skipping",
                "GENERAL_ERROR 31: Can't parse vrrp_mcast_group4 [abc]. Skipping",
                "GENERAL_ERROR 32: vrrp_mcast_group6 [224.0.0.1] is not IPv6. Skipping",
                "GENERAL_ERROR 33: vrrp_mcast_group6 [fe80::1] is not multicast. Skipping");
        assertThat(p.config().vrrp().mcastGroup4()).isEqualTo(VrrpDefaults.DEFAULT_MCAST_GROUP4);
        assertThat(p.config().vrrp().mcastGroup6()).isEqualTo(VrrpDefaults.DEFAULT_MCAST_GROUP6);
    }

    @Test
    void badVrrpValues() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_version", "4"), kw(3, "vrrp_down_timer_adverts", "0"),
                kw(4, "vrrp_down_timer_adverts", "101"), kw(5, "vrrp_lower_prio_no_advert", "maybe"),
                kw(6, "vrrp_higher_prio_send_advert", "maybe"), kw(7, "default_interface"),
                kw(8, "dynamic_interfaces", "foo"), kw(9, "vmac_prefix", "a"), kw(10, "vmac_prefix", "b"),
                kw(11, "vmac_addr_prefix", "x"), kw(12, "vmac_addr_prefix", "y"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 2: number '4' outside range [2, 3]",
                "GENERAL_ERROR 2: VRRP Error: Version must be either 2 or 3",
                "INVALID_NUMBER 3: number '0' outside range [1, 100]",
                "GENERAL_ERROR 3: Invalid vrrp_down_timer_adverts [1:100] '0'",
                "INVALID_NUMBER 4: number '101' outside range [1, 100]",
                "GENERAL_ERROR 4: Invalid vrrp_down_timer_adverts [1:100] '101'",
                "GENERAL_ERROR 5: Invalid value for vrrp_lower_prio_no_advert specified",
                "GENERAL_ERROR 6: Invalid value for vrrp_higher_prio_send_advert specified",
                "GENERAL_ERROR 7: default_interface requires interface name",
                "GENERAL_ERROR 8: Unknown dynamic_interfaces option 'foo'",
                "GENERAL_ERROR 10: vmac prefix has already been specified - ignoring b",
                "GENERAL_ERROR 12: vmac_addr prefix has already been specified - ignoring y");
        VrrpDefaults v = p.config().vrrp();
        assertThat(v.version()).isEqualTo(2);
        assertThat(v.downTimerAdverts()).isEqualTo(3);
        assertThat(v.dynamicInterfaces()).isTrue();
        assertThat(v.allowIfChanges()).isFalse();
        assertThat(v.vmacPrefix()).contains("a");
        assertThat(v.vmacAddrPrefix()).contains("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vrrp_mcast_group4", "vrrp_mcast_group6", "vrrp_version", "vrrp_down_timer_adverts",
            "vrrp_startup_delay", "vmac_prefix", "vmac_addr_prefix", "vrrp_garp_master_delay", "vrrp_garp_master_repeat",
            "vrrp_garp_master_refresh", "vrrp_garp_master_refresh_repeat", "vrrp_garp_lower_prio_delay",
            "vrrp_garp_lower_prio_repeat", "vrrp_garp_interval", "vrrp_gna_interval"})
    void aMissingValueIsTheFatalMissingParameter(String keyword) {
        assertThat(GlobalParse.globalDefs(kw(2, keyword)).reported()).containsExactly("MISSING_PARAMETER 2: *** Configuration "
                + "line starting `" + keyword + "` is missing a parameter after keyword `" + keyword + "` at word position 2");
    }

    @Test
    void startupDelayIsDecimalSecondsFromOneMillisecond() {
        GlobalParse p = GlobalParse.globalDefs(kw(43, "vrrp_startup_delay", "4294.967296"), kw(44, "vrrp_startup_delay", "0"),
                kw(45, "vrrp_startup_delay", "0.0000001"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 43: number '4294.967296' outside range [0.001000, 4294.967295]",
                "GENERAL_ERROR 43: vrrp_startup_delay '4294.967296' is invalid",
                "INVALID_NUMBER 44: number '0' outside range [0.001000, 4294.967295]",
                "GENERAL_ERROR 44: vrrp_startup_delay '0' is invalid",
                "INVALID_NUMBER 45: number '0.0000001' has too many decimal places",
                "INVALID_NUMBER 45: number '0.0000001' outside range [0.001000, 4294.967295]",
                "GENERAL_ERROR 45: vrrp_startup_delay '0.0000001' is invalid");
        GlobalParse large = GlobalParse.globalDefs(kw(2, "vrrp_startup_delay", "90"));
        assertThat(large.reported()).isEmpty();
        assertThat(large.notices()).containsExactly("2: The vrrp_startup_delay is very large - 90 seconds");
    }

    @Test
    void rxBufsPolicy() {
        assertThat(policy("MTU")).isEqualTo(new RxBufsPolicy(RxBufsPolicy.Kind.MTU, OptionalLong.empty()));
        assertThat(policy("advert")).isEqualTo(new RxBufsPolicy(RxBufsPolicy.Kind.ADVERT, OptionalLong.empty()));
        assertThat(policy("65536")).isEqualTo(new RxBufsPolicy(RxBufsPolicy.Kind.SIZE, OptionalLong.of(65536)));
    }

    private static RxBufsPolicy policy(String word) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_rx_bufs_policy", word));
        assertThat(p.reported()).isEmpty();
        return p.config().vrrp().rxBufsPolicy();
    }

    @Test
    void badRxBufsSettingsAreReportedAsIn227() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_rx_bufs_policy", "MTU", "ADVERT"),
                kw(3, "vrrp_rx_bufs_policy", "mtu", "1000"), kw(4, "vrrp_rx_bufs_policy", "abc"),
                kw(5, "vrrp_rx_bufs_multiplier", "0"), kw(6, "vrrp_rx_bufs_multiplier", "2", "3"),
                kw(7, "vrrp_rx_bufs_policy"), kw(8, "vrrp_rx_bufs_multiplier"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: Cannot set both vrrp_rx_bufs_policy MTU and ADVERT, ignoring ADVERT",
                // 2.2.7 reads the size from the first word, whatever word is the size
                "INVALID_NUMBER 3: invalid number 'mtu'",
                "GENERAL_ERROR 3: Invalid vrrp_rx_bufs_policy 1000",
                "INVALID_NUMBER 4: invalid number 'abc'",
                "GENERAL_ERROR 4: Invalid vrrp_rx_bufs_policy abc",
                "INVALID_NUMBER 5: number '0' outside range [1, 4294967295]",
                "GENERAL_ERROR 5: Invalid vrrp_rx_bufs_multiplier 0",
                "GENERAL_ERROR 6: Invalid vrrp_rx_bufs_multiplier",
                "GENERAL_ERROR 7: vrrp_rx_bufs_policy missing",
                "GENERAL_ERROR 8: Invalid vrrp_rx_bufs_multiplier");
        assertThat(p.config().vrrp().rxBufsPolicy().kind()).isEqualTo(RxBufsPolicy.Kind.MTU);
        assertThat(p.config().vrrp().rxBufsMultiplier()).isEqualTo(3);
    }

    @Test
    void sizeAndPolicyTogetherDropThePolicy() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_rx_bufs_policy", "100000", "MTU"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 2: Cannot set vrrp_rx_bufs_policy size and policy, ignoring policy");
        assertThat(p.config().vrrp().rxBufsPolicy()).isEqualTo(new RxBufsPolicy(RxBufsPolicy.Kind.SIZE, OptionalLong.of(100000)));
    }

    @Test
    void disableLocalIgmpNeedsKernelSupport() {
        FakeHost old = FakeHost.debian().remove("/proc/sys/net/ipv4/igmp_link_local_mcast_reports");
        GlobalParse p = GlobalParse.of(old, globalDefs(kw(2, "disable_local_igmp")));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: kernel does not support /proc/sys/net/ipv4/igmp_link_local_mcast_reports");
        assertThat(p.config().vrrp().disableLocalIgmp()).isFalse();
    }

    @Test
    void garpSettingsAreRead() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_garp_master_delay", "10"), kw(3, "vrrp_garp_master_repeat", "3"),
                kw(4, "vrrp_garp_master_refresh", "60"), kw(5, "vrrp_garp_master_refresh_repeat", "2"),
                kw(6, "vrrp_garp_lower_prio_delay", "7"), kw(7, "vrrp_garp_lower_prio_repeat", "0"),
                kw(8, "vrrp_garp_interval", "0.001"), kw(9, "vrrp_gna_interval", "0.000001"),
                kw(10, "vrrp_garp_extra_if", "all", "100"));
        GarpDefaults a = p.config().garp();
        assertThat(p.reported()).isEmpty();
        assertThat(a.masterDelay()).isEqualTo(Duration.ofSeconds(10));
        assertThat(a.masterRepeat()).isEqualTo(3);
        assertThat(a.masterRefresh()).isEqualTo(Duration.ofSeconds(60));
        assertThat(a.masterRefreshRepeat()).isEqualTo(2);
        assertThat(a.effectiveLowerPrioDelay()).isEqualTo(Duration.ofSeconds(7));
        assertThat(a.effectiveLowerPrioRepeat()).isZero();
        assertThat(a.garpInterval()).isEqualTo(Duration.ofMillis(1));
        assertThat(a.gnaInterval()).isEqualTo(Duration.ofNanos(1000));
        assertThat(a.extraIfInterval()).contains(Duration.ofSeconds(100));
        assertThat(a.extraIfAll()).isTrue();
    }

    @Test
    void lowerPriorityGarpFollowsTheMasterValuesUnlessSet() {
        GarpDefaults a = GlobalParse.globalDefs(kw(2, "vrrp_garp_master_delay", "8"), kw(3, "vrrp_garp_master_repeat", "2"))
                .config().garp();
        assertThat(a.lowerPrioDelay()).isEmpty();
        assertThat(a.effectiveLowerPrioDelay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(a.effectiveLowerPrioRepeat()).isEqualTo(2);
    }

    @Test
    void badGarpValues() {
        GlobalParse p = GlobalParse.globalDefs(kw(34, "vrrp_garp_master_delay", "abc"), kw(35, "vrrp_garp_master_delay", "1.5"),
                kw(36, "vrrp_garp_master_repeat", "0"), kw(37, "vrrp_garp_master_refresh", "-1"),
                kw(38, "vrrp_garp_master_refresh_repeat", "0"), kw(39, "vrrp_garp_lower_prio_delay", "x"),
                kw(40, "vrrp_garp_lower_prio_repeat", "-1"), kw(42, "vrrp_garp_master_delay", "4295"),
                kw(43, "vrrp_garp_lower_prio_repeat", "2147483648"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 34: invalid number 'abc'",
                "GENERAL_ERROR 34: vrrp_garp_master_delay 'abc' invalid - ignoring",
                "INVALID_NUMBER 35: invalid number '1.5'",
                "GENERAL_ERROR 35: vrrp_garp_master_delay '1.5' invalid - ignoring",
                "GENERAL_ERROR 36: vrrp_garp_master_repeat must be greater than 0, setting to 1",
                "INVALID_NUMBER 37: negative number '-1'",
                "GENERAL_ERROR 37: Invalid vrrp_garp_master_refresh '-1' - ignoring",
                "GENERAL_ERROR 38: vrrp_garp_master_refresh_repeat must be greater than 0, setting to 1",
                "INVALID_NUMBER 39: invalid number 'x'",
                "GENERAL_ERROR 39: vrrp_garp_lower_prio_delay 'x' invalid - ignoring",
                "INVALID_NUMBER 40: negative number '-1'",
                "GENERAL_ERROR 40: Invalid vrrp_garp_lower_prio_repeat '-1'",
                "INVALID_NUMBER 42: number '4295' outside range [0, 4294]",
                "GENERAL_ERROR 42: vrrp_garp_master_delay '4295' invalid - ignoring",
                "INVALID_NUMBER 43: number '2147483648' outside range [0, 2147483647]",
                "GENERAL_ERROR 43: Invalid vrrp_garp_lower_prio_repeat '2147483648'");
        GarpDefaults a = p.config().garp();
        assertThat(a.masterDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(a.masterRepeat()).isEqualTo(1);
        assertThat(a.masterRefreshRepeat()).isEqualTo(1);
        assertThat(a.lowerPrioRepeat()).isEmpty();
    }

    @Test
    void aBadRefreshSwitchesRefreshingOff() {
        GarpDefaults a = GlobalParse.globalDefs(kw(2, "vrrp_garp_master_refresh", "60"), kw(3, "vrrp_garp_master_refresh", "x"))
                .config().garp();
        assertThat(a.masterRefresh()).isEqualTo(Duration.ZERO);
    }

    @Test
    void garpIntervals() {
        GlobalParse p = GlobalParse.globalDefs(kw(43, "vrrp_garp_interval", "0"), kw(44, "vrrp_garp_interval", "2"),
                kw(45, "vrrp_gna_interval", "abc"), kw(46, "vrrp_gna_interval", "0.0000005"),
                kw(48, "vrrp_garp_interval", "1e-3"), kw(51, "vrrp_garp_interval", "-0.5"),
                kw(52, "vrrp_garp_interval", "0x1"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 43: number '0' outside range [0.000001, 4294.967295]",
                "GENERAL_ERROR 43: vrrp_garp_interval '0' is invalid",
                "INVALID_NUMBER 45: invalid number 'abc'",
                "GENERAL_ERROR 45: vrrp_gna_interval 'abc' is invalid",
                // rounded to one microsecond, so accepted
                "INVALID_NUMBER 46: number '0.0000005' has too many decimal places",
                // keepalived 2.2.7 complains of the junk but, under ignore_error, uses what strtoull read of
                // the digits shifted to microseconds ("1e-3000000": 1 microsecond)
                "INVALID_NUMBER 48: invalid number '1e-3'",
                "INVALID_NUMBER 51: negative number '-0.5'",
                "GENERAL_ERROR 51: vrrp_garp_interval '-0.5' is invalid",
                "INVALID_NUMBER 52: invalid number '0x1'",
                "GENERAL_ERROR 52: vrrp_garp_interval '0x1' is invalid");
        assertThat(p.notices()).containsExactly("44: The vrrp_garp_interval is very large - 2 seconds");
        assertThat(p.config().garp().gnaInterval()).isEqualTo(Duration.ofNanos(1000));
        assertThat(p.config().garp().garpInterval()).isEqualTo(Duration.ofNanos(1000));
    }

    @Test
    void minGarpChangesOnlyWhatIsStillDefault() {
        GarpDefaults a = GlobalParse.globalDefs(kw(2, "vrrp_garp_master_delay", "3"), kw(3, "vrrp_min_garp")).config().garp();
        assertThat(a.masterRepeat()).isEqualTo(1);
        assertThat(a.masterRefreshRepeat()).isZero();
        assertThat(a.masterDelay()).isEqualTo(Duration.ofSeconds(3));

        GarpDefaults off = GlobalParse.globalDefs(kw(2, "vrrp_min_garp", "false")).config().garp();
        assertThat(off).isEqualTo(GarpDefaults.DEFAULT);

        GlobalParse bad = GlobalParse.globalDefs(kw(2, "vrrp_min_garp", "TRUE"));
        assertThat(bad.reported()).containsExactly("GENERAL_ERROR 2: Invalid value for vrrp_min_garp specified");
        assertThat(bad.config().garp()).isEqualTo(GarpDefaults.DEFAULT);
        assertThat(GlobalParse.globalDefs(kw(2, "vrrp_min_garp", "on")).config().garp().masterDelay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void garpExtraIf() {
        GlobalParse p = GlobalParse.globalDefs(kw(47, "vrrp_garp_extra_if", "0"), kw(48, "vrrp_garp_extra_if", "all"),
                kw(49, "vrrp_garp_extra_if", "86401"), kw(50, "vrrp_vmac_garp_intvl", "30"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 47: number '0' outside range [1, 86400]",
                "GENERAL_ERROR 47: vrrp_garp_extra_if '0' invalid - ignoring",
                "GENERAL_ERROR 48: vrrp_garp_extra_if specified without time - ignoring",
                "INVALID_NUMBER 49: number '86401' outside range [1, 86400]",
                "GENERAL_ERROR 49: vrrp_garp_extra_if '86401' invalid - ignoring",
                "DEPRECATED 50: Keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"");
        assertThat(p.config().garp().extraIfInterval()).contains(Duration.ofSeconds(30));
        // "all" sticks even from the rejected line, as in keepalived
        assertThat(p.config().garp().extraIfAll()).isTrue();

        GlobalParse bare = GlobalParse.globalDefs(kw(2, "vrrp_vmac_garp_intvl"));
        assertThat(bare.reported()).containsExactly(
                "DEPRECATED 2: Keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"",
                "GENERAL_ERROR 2: vrrp_vmac_garp_intvl specified without time - ignoring");
    }
}
