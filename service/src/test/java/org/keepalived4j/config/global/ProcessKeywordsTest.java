package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Process names and the scheduling of the child processes. */
class ProcessKeywordsTest {

    @Test
    void processNames() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "process_name", "ka"), kw(3, "vrrp_process_name", "ka_vrrp"),
                kw(4, "checker_process_name", "ka_check"), kw(5, "bfd_process_name", "ka_bfd"));
        ProcessNames n = p.config().processNames();
        assertThat(p.reported()).isEmpty();
        assertThat(n.parent()).contains("ka");
        assertThat(n.vrrp()).contains("ka_vrrp");
        assertThat(n.checker()).contains("ka_check");
        assertThat(n.bfd()).contains("ka_bfd");
    }

    @Test
    void processNamesSetsTheDocumentedNames() {
        ProcessNames n = GlobalParse.globalDefs(kw(2, "process_names")).config().processNames();
        assertThat(n.vrrp()).contains("keepalived_vrrp");
        assertThat(n.checker()).contains("keepalived_ipvs");
        assertThat(n.bfd()).contains("keepalived_bfd");
    }

    @Test
    void deprecatedLvsProcessNameIsOnlyLogged() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "lvs_process_name", "old"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.notices()).containsExactly("2: 'lvs_process_name' is deprecated - please use 'checker_process_name'");
        assertThat(p.config().processNames().checker()).contains("old");
    }

    @Test
    void longNamesAreTruncatedTo15() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "process_name", "0123456789abcdefXYZ"),
                kw(3, "vrrp_process_name", "0123456789abcdef"), kw(4, "checker_process_name", "0123456789abcde"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: Process name 0123456789abcdefXYZ more than 15 characters, truncating",
                "GENERAL_ERROR 3: Process name 0123456789abcdef more than 15 characters, truncating");
        assertThat(p.config().processNames().parent()).contains("0123456789abcde");
        assertThat(p.config().processNames().checker()).contains("0123456789abcde");
    }

    @ParameterizedTest
    @ValueSource(strings = {"process_name", "vrrp_process_name", "checker_process_name", "lvs_process_name", "bfd_process_name",
            "vrrp_rlimit_rttime", "checker_rlimit_rtime", "bfd_rlimit_rttime"})
    void aMissingValueIsTheFatalMissingParameter(String keyword) {
        assertThat(GlobalParse.globalDefs(kw(2, keyword)).reported()).containsExactly("MISSING_PARAMETER 2: *** Configuration "
                + "line starting `" + keyword + "` is missing a parameter after keyword `" + keyword + "` at word position 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vrrp", "checker", "bfd"})
    void scheduling(String process) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, process + "_priority", "-5"), kw(3, process + "_no_swap"),
                kw(4, process + "_rt_priority", "50"), kw(5, process + "_cpu_affinity", "3", "1"),
                kw(6, process + "_rlimit_rttime", "20000"));
        assertThat(p.reported()).isEmpty();
        ChildProcess c = child(p, process);
        assertThat(c.nice()).isEqualTo(OptionalInt.of(-5));
        assertThat(c.noSwap()).isTrue();
        assertThat(c.realtimePriority()).isEqualTo(OptionalInt.of(50));
        assertThat(c.cpuAffinity()).containsExactly(1, 3);
        assertThat(c.rlimitRttime()).isEqualTo(Duration.ofNanos(20_000_000));
        assertThat(child(p, process.equals("vrrp") ? "bfd" : "vrrp")).isEqualTo(ChildProcess.DEFAULT);
    }

    private static ChildProcess child(GlobalParse p, String process) {
        ProcessTuning t = p.config().processTuning();
        return switch (process) {
            case "vrrp" -> t.vrrp();
            case "checker" -> t.checker();
            default -> t.bfd();
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"vrrp", "checker", "bfd"})
    void missingSchedulingValues(String process) {
        GlobalParse p = GlobalParse.globalDefs(kw(2, process + "_priority"), kw(3, process + "_rt_priority"),
                kw(4, process + "_cpu_affinity"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: No " + process + " process priority specified",
                "GENERAL_ERROR 3: No " + process + " process real-time priority specified",
                "GENERAL_ERROR 4: No " + process + " cpu_id set specified");
    }

    @Test
    void badNiceValuesAreReportedAndResetThePriority() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_priority", "5"), kw(3, "vrrp_priority", "-21"),
                kw(4, "checker_priority", "20"), kw(5, "bfd_priority", "abc"), kw(6, "bfd_priority", "0x5"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 3: number '-21' outside range [-20, 19]",
                "GENERAL_ERROR 3: Invalid vrrp process priority specified",
                "INVALID_NUMBER 4: number '20' outside range [-20, 19]",
                "GENERAL_ERROR 4: Invalid checker process priority specified",
                "INVALID_NUMBER 5: invalid number 'abc'",
                "GENERAL_ERROR 5: Invalid bfd process priority specified",
                "INVALID_NUMBER 6: invalid number '0x5'",
                "GENERAL_ERROR 6: Invalid bfd process priority specified");
        assertThat(p.config().processTuning().vrrp().nice()).isEmpty();
    }

    @Test
    void realtimePrioritiesAreClampedWithAComplaint() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_rt_priority", "0"), kw(3, "checker_rt_priority", "100"),
                kw(4, "bfd_rt_priority", "abc"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: vrrp process real-time priority 0 less than minimum 1 - setting to minimum",
                "GENERAL_ERROR 3: checker process real-time priority 100 greater than maximum 99 - setting to maximum",
                "INVALID_NUMBER 4: invalid number 'abc'",
                "GENERAL_ERROR 4: bfd process real-time priority 'abc' invalid");
        assertThat(p.config().processTuning().vrrp().realtimePriority()).isEqualTo(OptionalInt.of(1));
        assertThat(p.config().processTuning().checker().realtimePriority()).isEqualTo(OptionalInt.of(99));
        assertThat(p.config().processTuning().bfd().realtimePriority()).isEmpty();
    }

    @Test
    void cpuAffinityIsBoundByTheOnlineCpusAndABadCpuClearsTheSet() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_cpu_affinity", "0", "1"), kw(3, "vrrp_cpu_affinity", "2", "99"),
                kw(4, "checker_cpu_affinity", "abc"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 3: number '99' outside range [0, 3]",
                "GENERAL_ERROR 3: Invalid cpu_id:99 specified for vrrp process",
                "INVALID_NUMBER 4: invalid number 'abc'",
                "GENERAL_ERROR 4: Invalid cpu_id:0 specified for checker process");
        assertThat(p.config().processTuning().vrrp().cpuAffinity()).isEmpty();
    }

    @Test
    void rlimitRttime() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_rlimit_rttime", "1"), kw(3, "checker_rlimit_rttime", "0"),
                kw(4, "bfd_rlimit_rtime", "5000"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 3: number '0' outside range [1, 4294967295]",
                "GENERAL_ERROR 3: Invalid checker real-time limit - 0");
        assertThat(p.notices()).containsExactly("4: Keyword 'bfd_rlimit_rtime' is deprecated - please use 'bfd_rlimit_rttime'");
        // the soft limit is half of it and must not be zero
        assertThat(p.config().processTuning().vrrp().rlimitRttime()).isEqualTo(Duration.ofNanos(2_000));
        assertThat(p.config().processTuning().checker().rlimitRttime()).isEqualTo(ChildProcess.DEFAULT_RLIMIT_RTTIME);
        assertThat(p.config().processTuning().bfd().rlimitRttime()).isEqualTo(Duration.ofNanos(5_000_000));
    }

    @Test
    void autoPriority() {
        assertThat(GlobalParse.globalDefs(kw(2, "max_auto_priority")).config().processTuning().maxAutoPriority())
                .isEqualTo(OptionalInt.of(99));
        assertThat(GlobalParse.globalDefs(kw(2, "max_auto_priority", "-1")).config().processTuning().maxAutoPriority())
                .isEqualTo(OptionalInt.of(-1));
        GlobalParse p = GlobalParse.globalDefs(kw(2, "max_auto_priority", "10"), kw(3, "min_auto_priority_delay", "500000"));
        assertThat(p.config().processTuning().maxAutoPriority()).isEqualTo(OptionalInt.of(10));
        assertThat(p.config().processTuning().minAutoPriorityDelay()).isEqualTo(Duration.ofMillis(500));

        GlobalParse bad = GlobalParse.globalDefs(kw(2, "max_auto_priority", "100"), kw(3, "max_auto_priority", "-2"),
                kw(4, "min_auto_priority_delay", "0"), kw(5, "min_auto_priority_delay", "10000001"),
                kw(6, "min_auto_priority_delay"));
        assertThat(bad.reported()).containsExactly(
                "INVALID_NUMBER 2: number '100' outside range [-1, 99]",
                "GENERAL_ERROR 2: max_auto_priority '100' must be in [0, 99] (or -1 to disable) - ignoring",
                "INVALID_NUMBER 3: number '-2' outside range [-1, 99]",
                "GENERAL_ERROR 3: max_auto_priority '-2' must be in [0, 99] (or -1 to disable) - ignoring",
                "INVALID_NUMBER 4: number '0' outside range [1, 10000000]",
                "GENERAL_ERROR 4: min_auto_priority_delay '0' must be in [1, 10000000] - ignoring",
                "INVALID_NUMBER 5: number '10000001' outside range [1, 10000000]",
                "GENERAL_ERROR 5: min_auto_priority_delay '10000001' must be in [1, 10000000] - ignoring",
                "GENERAL_ERROR 6: min_auto_priority_delay requires delay time");
        assertThat(bad.config().processTuning().maxAutoPriority()).isEmpty();
        assertThat(bad.config().processTuning().minAutoPriorityDelay()).isEqualTo(Duration.ofSeconds(1));
    }
}
