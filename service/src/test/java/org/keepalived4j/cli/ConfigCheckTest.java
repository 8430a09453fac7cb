package org.keepalived4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePos;
import org.keepalived4j.daemon.FakeConfigSource;

class ConfigCheckTest {

    final FakeConfigSource source = new FakeConfigSource();
    final ByteArrayOutputStream report = new ByteArrayOutputStream();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int check(boolean commandLineError) {
        return new ConfigCheck(source).run("/k.conf", null, false, commandLineError,
                new PrintStream(report, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String report() {
        return report.toString(StandardCharsets.UTF_8);
    }

    private static final SourcePos AT = new SourcePos("/k.conf", 7);

    @Test
    void aCleanConfigurationExitsZeroAndPrintsNothing() {
        assertThat(check(false)).isZero();
        assertThat(report()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ConfigErrorKind.class)
    void aSingleProblemExitsWithTheCodeOfItsKind(ConfigErrorKind kind) {
        source.then(d -> d.report(kind, AT, "the problem"));

        int expected = switch (kind) {
            case FILE_NOT_FOUND, BAD_IF, FATAL -> 4;
            case SECURITY_ERROR -> 6;
            case NOTICE, UNCOUNTED -> 0;
            default -> 5;
        };
        assertThat(check(false)).isEqualTo(expected);
        assertThat(report()).isEqualTo(kind == ConfigErrorKind.NOTICE ? "" : "(/k.conf: Line 7) the problem\n");
    }

    @Test
    void theLastKindInKeepalivedsOrderDecidesNotTheMostSevere() {
        source.then(d -> {
            d.fatal(AT, "fatal first");
            d.warning(AT, "then a warning");
        });
        assertThat(check(false)).isEqualTo(5);
    }

    @Test
    void aSecurityErrorOutranksEverythingButIsItselfOutrankedByNothingCounted() {
        source.then(d -> {
            d.report(ConfigErrorKind.SECURITY_ERROR, AT, "unsafe script");
            d.fatal(AT, "fatal after");
            d.notice(AT, "a notice after");
        });
        assertThat(check(false)).isEqualTo(6);
    }

    @Test
    void problemsArePrintedInTheOrderTheyWereFound() {
        source.then(d -> {
            d.warning(new SourcePos("/k.conf", 9), "second in the file, found first");
            d.error(new SourcePos("/k.conf", 2), "first in the file, found second");
        });
        check(false);
        assertThat(report()).isEqualTo("(/k.conf: Line 9) second in the file, found first\n"
                + "(/k.conf: Line 2) first in the file, found second\n");
    }

    @Test
    void aCommandLineErrorCountsLikeAGeneralError() {
        assertThat(check(true)).isEqualTo(5);
        source.then(d -> d.report(ConfigErrorKind.SECURITY_ERROR, AT, "unsafe"));
        assertThat(check(true)).isEqualTo(6);
    }

    @Test
    void aMissingMainFileExitsFourUnlikeKeepalivedsZero() {
        source.exists = false;
        assertThat(check(false)).isEqualTo(4);
        assertThat(report()).isEqualTo("Config files missing '/k.conf'.\n");
        assertThat(source.loadedFiles).isEmpty();
    }

    @Test
    void exitCodeOfNothingIsZero() {
        assertThat(ConfigCheck.exitCode(List.of())).isZero();
        assertThat(ConfigCheck.exitCode(List.of(ConfigErrorKind.GENERAL_ERROR, ConfigErrorKind.FILE_NOT_FOUND)))
                .isEqualTo(5);
    }
}
