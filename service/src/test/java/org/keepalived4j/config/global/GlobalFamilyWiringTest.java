package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.keepalived4j.config.ConfigTexts.block;
import static org.keepalived4j.config.ConfigTexts.globalDefs;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigAbort;
import org.keepalived4j.config.ConfigTexts;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.ParseContext;

/** The global and BFD families reached through the config core's dispatcher. */
class GlobalFamilyWiringTest {

    @Test
    void rootKeywordsGlobalDefsAndBfdInstancesReachTheirFamilies() {
        Diagnostics diagnostics = new Diagnostics();
        KeepalivedConfig c = ConfigParser.parse(List.of(
                kw(1, "net_namespace", "blue"),
                globalDefs(kw(2, "router_id", "r1"), kw(3, "enable_script_security")),
                block(5, List.of(kw(6, "neighbor_ip", "10.0.0.2")), "bfd_instance", "B1"),
                kw(8, "child_wait_time", "9")), new ParseContext(diagnostics, FakeHost.debian().namespace("blue")));

        assertThat(ConfigTexts.reported(diagnostics)).isEmpty();
        assertThat(c.global().routerId()).isEqualTo("r1");
        assertThat(c.global().environment().netNamespace()).contains("blue");
        assertThat(c.global().environment().childWaitTime().getSeconds()).isEqualTo(9);
        assertThat(c.global().scripts().security()).isTrue();
        assertThat(c.bfd().instance("B1")).isPresent();
        assertThat(diagnostics.configTestExitCode()).isZero();
    }

    @Test
    void aMissingNamespaceStopsAfterTheGlobalPartWithStatusZero() {
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> text = List.of(kw(1, "net_namespace", "blue"), globalDefs(kw(2, "no_such_keyword")),
                block(5, List.of(kw(6, "neighbor_ip", "bad")), "bfd_instance", "B1"));

        assertThatThrownBy(() -> ConfigParser.parse(text, new ParseContext(diagnostics, FakeHost.debian())))
                .isInstanceOf(ConfigAbort.class);
        assertThat(ConfigTexts.reported(diagnostics)).as("what the parent process reports before it gives up")
                .containsExactly("UNKNOWN_KEYWORD 2: Unknown keyword 'no_such_keyword'");
        assertThat(diagnostics.configTestExitCode()).as("keepalived 2.2.7 -t ends with 0 here").isZero();
    }
}
