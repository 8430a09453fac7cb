package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptCommandTest {

    @Test
    void quotedIsHowKeepalivedPrintsTheCommand() {
        // keepalived 2.2.7 -t: "Failed to set uid/gid for misc checker script '/bin/echo' 'q' 'r' - removing"
        assertThat(new ScriptCommand(List.of("/bin/echo", "q", "r"), Optional.empty(), Optional.empty()).quoted())
                .isEqualTo("'/bin/echo' 'q' 'r'");
    }

    @Test
    void aRedirectionOnlyProgramIsPrintedUnquoted() {
        // keepalived 2.2.7 -t: misc_path "<x y" -> "Failed to set uid/gid for misc checker script <x 'y' - removing"
        assertThat(new ScriptCommand(List.of("<x", "y"), Optional.empty(), Optional.empty()).quoted()).isEqualTo("<x 'y'");
        assertThat(new ScriptCommand(List.of(">x"), Optional.empty(), Optional.empty()).quoted()).isEqualTo(">x");
        assertThat(new ScriptCommand(List.of("/bin/x", "<y"), Optional.empty(), Optional.empty()).quoted()).isEqualTo("'/bin/x' '<y'");
    }

    @Test
    void whereItWasWrittenIsNoPartOfWhatRuns() {
        ScriptCommand at2 = new ScriptCommand(List.of("/bin/true"), Optional.of("root"), Optional.empty(), ConfigTexts.at(2));
        ScriptCommand at9 = new ScriptCommand(List.of("/bin/true"), Optional.of("root"), Optional.empty(), ConfigTexts.at(9));
        assertThat(at2).isEqualTo(at9).hasSameHashCodeAs(at9);
        assertThat(at2).isNotEqualTo(at2.runAs(Optional.of("root"), Optional.of("daemon")));
        assertThat(at2.runAs(Optional.of("nobody"), Optional.empty()).pos()).isEqualTo(ConfigTexts.at(2));
    }
}
