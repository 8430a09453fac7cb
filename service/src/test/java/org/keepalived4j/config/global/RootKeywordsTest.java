package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.block;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.FakeHost;

/** The root-level keywords of the global family (measured with keepalived 2.2.7 -t). */
class RootKeywordsTest {

    private static GlobalParse parse(org.keepalived4j.config.Directive... d) {
        return GlobalParse.of(FakeHost.debian(), d);
    }

    @Test
    void allRootKeywordsAreRead() {
        GlobalParse p = parse(kw(1, "linkbeat_use_polling"), kw(2, "net_namespace", "blue"),
                kw(3, "net_namespace_ipvs", "red"), kw(4, "namespace_with_ipsets"), kw(5, "instance", "inst1"),
                kw(6, "use_pid_dir"), kw(7, "child_wait_time", "12"));

        RunEnvironment e = p.config().environment();
        assertThat(p.reported()).isEmpty();
        assertThat(e.linkbeatUsePolling()).isTrue();
        assertThat(e.netNamespace()).contains("blue");
        assertThat(e.ipvsNamespace()).contains("red");
        assertThat(e.namespaceWithIpsets()).isTrue();
        assertThat(e.instanceName()).contains("inst1");
        assertThat(e.usePidDir()).isTrue();
        assertThat(e.childWaitTime()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void aNamespaceOrAnInstanceImpliesThePidDirectory() {
        assertThat(parse(kw(1, "net_namespace", "blue")).config().environment().usePidDir()).isTrue();
        assertThat(parse(kw(1, "instance", "i")).config().environment().usePidDir()).isTrue();
        assertThat(parse(kw(1, "net_namespace_ipvs", "x")).config().environment().usePidDir()).isFalse();
    }

    @Test
    void ipvsNamespaceWithoutNameIsTheDefaultNamespace() {
        assertThat(parse(kw(1, "net_namespace_ipvs")).config().environment().ipvsNamespace()).contains("");
    }

    @Test
    void argumentsOfPlainSwitchesAreIgnored() {
        GlobalParse p = parse(kw(1, "use_pid_dir", "foo"), kw(2, "namespace_with_ipsets", "bar"),
                kw(3, "linkbeat_use_polling", "baz"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().environment().usePidDir()).isTrue();
    }

    @Test
    void duplicatesAndMissingNamesAreReportedAndTheFirstValueKept() {
        GlobalParse p = parse(kw(1, "net_namespace", "foo"), kw(2, "instance", "inst1"),
                kw(11, "net_namespace", "foo2"), kw(12, "instance", "inst2"), kw(14, "net_namespace"),
                kw(15, "instance"), kw(16, "net_namespace_ipvs"), kw(17, "net_namespace_ipvs", "x"));

        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 11: Duplicate net_namespace definition foo2 - ignoring",
                "GENERAL_ERROR 12: Duplicate instance definition inst2 - ignoring",
                "GENERAL_ERROR 14: net_namespace name missing - ignoring",
                "GENERAL_ERROR 15: instance name missing - ignoring",
                "GENERAL_ERROR 17: Duplicate net_namespace_ipvs definition x - ignoring");
        assertThat(p.config().environment().netNamespace()).contains("foo");
        assertThat(p.config().environment().instanceName()).contains("inst1");
        assertThat(p.config().environment().ipvsNamespace()).contains("");
    }

    @Test
    void badChildWaitTimesAreReportedAndTheDefaultKept() {
        GlobalParse p = parse(kw(1, "child_wait_time", "-1"), kw(2, "child_wait_time", "4294967296"),
                kw(3, "child_wait_time", "abc"));

        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 1: negative number '-1'",
                "GENERAL_ERROR 1: Invalid child_wait_time -1",
                "INVALID_NUMBER 2: number '4294967296' outside unsigned integer range",
                "GENERAL_ERROR 2: Invalid child_wait_time 4294967296",
                "INVALID_NUMBER 3: invalid number 'abc'",
                "GENERAL_ERROR 3: Invalid child_wait_time abc");
        assertThat(p.config().environment().childWaitTime()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void childWaitTimeWithoutValueIsTheFatalMissingParameter() {
        GlobalParse p = parse(kw(1, "child_wait_time"));
        assertThat(p.reported()).containsExactly("MISSING_PARAMETER 1: *** Configuration line starting `child_wait_time` "
                + "is missing a parameter after keyword `child_wait_time` at word position 2");
    }

    @Test
    void globalDefsWithoutBlockIsReported() {
        GlobalParse p = parse(kw(1, "global_defs"));
        assertThat(p.reported()).containsExactly("MISSING_BOB 1: Missing '{' at beginning of configuration block");
    }

    @Test
    void severalGlobalDefsBlocksAddUpAndLaterValuesWin() {
        GlobalParse p = parse(block(1, List.of(kw(2, "router_id", "a"), kw(3, "vrrp_strict")), "global_defs"),
                block(5, List.of(kw(6, "router_id", "b")), "global_defs"));
        assertThat(p.config().routerId()).isEqualTo("b");
        assertThat(p.config().vrrp().strict()).isTrue();
    }
}
