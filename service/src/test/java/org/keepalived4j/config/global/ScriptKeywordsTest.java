package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.globalDefs;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.ScriptCommand;

/** Script user, script security, the startup/shutdown scripts and the notify FIFOs. */
class ScriptKeywordsTest {

    private static final String VIOLATION =
            "SECURITY_ERROR 0: SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not enabled.";

    private static GlobalParse on(FakeHost host, Directive... children) {
        return GlobalParse.of(host, globalDefs(children));
    }

    @Test
    void scriptUserAndGroup() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "script_user", "daemon", "daemon"), kw(3, "enable_script_security"));
        ScriptSettings s = p.config().scripts();
        assertThat(p.reported()).isEmpty();
        assertThat(s.scriptUser()).contains(new ScriptUser("daemon", Optional.of("daemon")));
        assertThat(s.defaultUser()).contains(new ScriptUser("daemon", Optional.of("daemon")));
        assertThat(s.security()).isTrue();
    }

    @Test
    void extraWordsAfterTheGroupAreIgnored() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "script_user", "root", "root", "extra"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().scripts().scriptUser()).contains(new ScriptUser("root", Optional.of("root")));
    }

    @Test
    void anUnknownUserOrGroupFailsAndEveryLaterScriptUserFailsToo() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "script_user"), kw(3, "script_user", "root", "nosuchgroup"),
                kw(4, "script_user", "root"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 2: No script username specified",
                "GENERAL_ERROR 3: Error setting global script uid/gid",
                "GENERAL_ERROR 4: Error setting global script uid/gid");
        assertThat(p.config().scripts().scriptUser()).isEmpty();
        assertThat(p.config().scripts().defaultUser()).isEmpty();
    }

    @Test
    void securityWithoutKeepalivedScriptUserLeavesNoDefaultUser() {
        assertThat(GlobalParse.globalDefs(kw(2, "enable_script_security", "no")).config().scripts().defaultUser()).isEmpty();
    }

    @Test
    void rootStartupScriptWithoutSecurityIsAViolation() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "startup_script", "/bin/true"), kw(3, "startup_script_timeout", "20"));
        assertThat(p.reported()).containsExactly(VIOLATION);
        assertThat(p.diagnostics().configTestExitCode()).isEqualTo(6);
        ScriptSettings s = p.config().scripts();
        assertThat(s.startup()).contains(new ScriptCommand(List.of("/bin/true"), Optional.of("root"), Optional.empty(), ConfigTexts.at(2)));
        assertThat(s.startupTimeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aProgramIsFoundOnThePath() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "script_user", "root"), kw(3, "shutdown_script", "true"));
        assertThat(p.reported()).containsExactly(VIOLATION);
        assertThat(p.config().scripts().shutdown().orElseThrow().program()).isEqualTo("true");
    }

    @Test
    void aStartupScriptSplitsWithQuotesAndEscapesAsEveryScriptDoes() {
        // keepalived 2.2.7 reads startup_script with notify_script_init, the rule of every script
        GlobalParse p = on(FakeHost.debian(), kw(2, "startup_script", "/bin/true 'a b' c\\\\tx"));
        assertThat(p.config().scripts().startup().orElseThrow().argv()).containsExactly("/bin/true", "a b", "c\tx");
    }

    @Test
    void insecureScriptsAreNamedInTheViolation() {
        FakeHost host = FakeHost.debian().directory("/opt", FakeHost.ROOT, 0777).script("/opt/up.sh", FakeHost.ROOT, 0755);
        GlobalParse p = on(host, kw(2, "startup_script", "/opt/up.sh arg1"), kw(3, "shutdown_script", "/bin/true"));
        assertThat(p.reported()).containsExactly(VIOLATION + " There are insecure scripts.");
        assertThat(p.config().scripts().startup().orElseThrow().argv()).containsExactly("/opt/up.sh", "arg1");
    }

    @Test
    void scriptsUnderAStickyWorldWritableDirectoryAreSecure() {
        FakeHost host = FakeHost.debian().directory("/tmp/k", FakeHost.ROOT, 0755).script("/tmp/k/ok.sh", FakeHost.ROOT, 0755);
        GlobalParse p = on(host, kw(2, "enable_script_security"), kw(3, "script_user", "root"), kw(4, "startup_script", "/tmp/k/ok.sh"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().scripts().startup()).isPresent();
    }

    @Test
    void withSecurityInsecureRootScriptsAreDisabledQuietly() {
        FakeHost host = FakeHost.debian().user("ops").script("/usr/bin/up.sh", 1000, 0755).script("/usr/bin/w.sh", FakeHost.ROOT, 0757);
        GlobalParse p = on(host, kw(2, "enable_script_security"), kw(3, "script_user", "root"),
                kw(4, "startup_script", "/usr/bin/up.sh"), kw(5, "shutdown_script", "/usr/bin/w.sh"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.notices()).containsExactly("4: Unsafe permissions found for script '/usr/bin/up.sh' - disabling.",
                "5: Unsafe permissions found for script '/usr/bin/w.sh' - disabling.");
        assertThat(p.config().scripts().startup()).isEmpty();
        assertThat(p.config().scripts().shutdown()).isEmpty();
    }

    @Test
    void missingScriptsAreDroppedWithoutAViolation() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "startup_script", "/nonexistent/x"), kw(3, "shutdown_script", "nosuchprog"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().scripts().startup()).isEmpty();
        assertThat(p.config().scripts().shutdown()).isEmpty();
    }

    @Test
    void aScriptRunAsAnotherUserIsNoViolation() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "startup_script", "/bin/true", "daemon"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().scripts().startup().map(ScriptUser::runAs).orElseThrow()).contains(new ScriptUser("daemon", Optional.empty()));
    }

    @Test
    void theDefaultUserIsKeepalivedScriptWhenItExists() {
        GlobalParse p = on(FakeHost.debian().user("keepalived_script"), kw(2, "startup_script", "/bin/true"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().scripts().startup().map(ScriptUser::runAs).orElseThrow())
                .contains(new ScriptUser("keepalived_script", Optional.empty()));
    }

    @Test
    void invalidParentScripts() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "startup_script", "/bin/true", "nosuchuser"),
                kw(3, "shutdown_script", "/bin/true", "root", "nosuchgroup"), kw(4, "startup_script"),
                kw(5, "enable_script_security"), kw(6, "startup_script", "/bin/true"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: Invalid startup script",
                "GENERAL_ERROR 3: Invalid shutdown script",
                "GENERAL_ERROR 4: startup script missing",
                "GENERAL_ERROR 6: Unable to set default user keepalived_script for script",
                "GENERAL_ERROR 6: Invalid startup script");
        assertThat(p.config().scripts().startup()).isEmpty();
    }

    @Test
    void aSecondParentScriptIsRejected() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "enable_script_security"), kw(3, "script_user", "root"),
                kw(4, "startup_script", "/bin/true"), kw(5, "startup_script", "/usr/bin/logger"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 5: startup script already specified");
        assertThat(p.config().scripts().startup().orElseThrow().argv()).containsExactly("/bin/true");
    }

    @Test
    void scriptTimeouts() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "shutdown_script_timeout", "1000"), kw(3, "startup_script_timeout", "0"),
                kw(4, "shutdown_script_timeout", "1001"), kw(5, "startup_script_timeout"));
        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 3: number '0' outside range [1, 1000]",
                "GENERAL_ERROR 3: startup_script_timeout '0' must be in [1, 1000] - ignoring",
                "INVALID_NUMBER 4: number '1001' outside range [1, 1000]",
                "GENERAL_ERROR 4: shutdown_script_timeout '1001' must be in [1, 1000] - ignoring",
                "GENERAL_ERROR 5: startup_script_timeout requires value");
        assertThat(p.config().scripts().shutdownTimeout()).isEqualTo(Duration.ofSeconds(1000));
        assertThat(p.config().scripts().startupTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void notifyFifos() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "notify_fifo", "/run/ka.fifo"),
                kw(3, "notify_fifo_script", "/usr/bin/logger -t ka"), kw(4, "vrrp_notify_fifo", "/run/vrrp.fifo", "daemon"),
                kw(5, "lvs_notify_fifo", "/run/lvs.fifo", "root", "daemon"), kw(6, "lvs_notify_fifo_script", "/bin/true", "daemon"),
                kw(7, "vrrp_notify_priority_changes"), kw(8, "fifo_write_vrrp_states_on_reload", "maybe"));
        NotifyFifos f = p.config().notifyFifos();
        assertThat(p.reported()).isEmpty();
        assertThat(f.global().orElseThrow().path()).isEqualTo("/run/ka.fifo");
        assertThat(f.global().orElseThrow().owner()).isEmpty();
        assertThat(f.global().orElseThrow().script().orElseThrow().argv()).containsExactly("/usr/bin/logger", "-t", "ka");
        assertThat(f.vrrp().orElseThrow().owner()).contains(new ScriptUser("daemon", Optional.empty()));
        assertThat(f.lvs().orElseThrow().owner()).contains(new ScriptUser("root", Optional.of("daemon")));
        assertThat(f.lvs().orElseThrow().script().map(ScriptUser::runAs).orElseThrow()).contains(new ScriptUser("daemon", Optional.empty()));
        assertThat(f.vrrpPriorityChanges()).isTrue();
        assertThat(f.writeVrrpStatesOnReload()).isTrue();
    }

    @Test
    void badFifos() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "notify_fifo"), kw(3, "notify_fifo", "/f1", "nosuchuser"),
                kw(4, "notify_fifo", "/f4"), kw(5, "notify_fifo", "/f5"), kw(6, "vrrp_notify_fifo_script"),
                kw(7, "notify_fifo_script", "/bin/true"), kw(8, "notify_fifo_script", "/bin/false"),
                kw(9, "vrrp_notify_priority_changes", "maybe"), kw(10, "lvs_notify_fifo"));
        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: No notify_fifo name specified",
                "GENERAL_ERROR 5: notify_fifo already specified - ignoring /f5",
                "GENERAL_ERROR 6: No vrrp_notify_fifo_script specified",
                "GENERAL_ERROR 8: notify_fifo_script already specified - ignoring /bin/false",
                "GENERAL_ERROR 9: Invalid value 'maybe' for global vrrp_notify_priority_changes specified",
                "GENERAL_ERROR 10: No lvs_notify_fifo name specified");
        assertThat(p.notices()).containsExactly("3: Invalid user/group for  fifo /f1 - ignoring");
        assertThat(p.config().notifyFifos().global().orElseThrow().path()).isEqualTo("/f4");
    }

    @Test
    void aFifoSharedWithTheGlobalOneIsDropped() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "notify_fifo", "/run/f"), kw(3, "vrrp_notify_fifo", "/run/f"),
                kw(4, "lvs_notify_fifo", "/run/f"));
        assertThat(p.reported()).isEmpty();
        assertThat(p.config().notifyFifos().vrrp()).isEmpty();
        assertThat(p.config().notifyFifos().lvs()).isEmpty();
        assertThat(p.notices()).hasSize(2);
    }

    @Test
    void lvsAndVrrpSharingAFifoCannotBothHaveAScript() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "vrrp_notify_fifo", "/run/f"), kw(3, "vrrp_notify_fifo_script", "/bin/true"),
                kw(4, "lvs_notify_fifo", "/run/f"), kw(5, "lvs_notify_fifo_script", "/bin/true"));
        assertThat(p.config().notifyFifos().vrrp().orElseThrow().script()).isPresent();
        assertThat(p.config().notifyFifos().lvs().orElseThrow().script()).isEmpty();
        assertThat(p.config().notifyFifos().lvs().orElseThrow().path()).isEqualTo("/run/f");
    }

    @Test
    void runAsFallsBackToTheDefaultUser() {
        ScriptSettings s = GlobalParse.globalDefs(kw(2, "script_user", "daemon")).config().scripts();
        ScriptCommand own = new ScriptCommand(List.of("/bin/true"), Optional.of("root"), Optional.empty(), ConfigTexts.at(9));
        ScriptCommand none = new ScriptCommand(List.of("/bin/true"), Optional.empty(), Optional.empty(), ConfigTexts.at(9));
        assertThat(s.runAs(own)).contains(ScriptUser.ROOT);
        assertThat(s.runAs(none)).contains(new ScriptUser("daemon", Optional.empty()));
        assertThat(none.argv()).isEqualTo(List.of("/bin/true"));
    }
}
