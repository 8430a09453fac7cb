package org.keepalived4j.config.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each parity/NAME.conf was run through keepalived 2.2.7 ({@code keepalived -t -f f}, in a
 * network namespace); NAME.expected holds what it printed and its exit code. The LVS family
 * must print the same problems (lines that are only logged are not among them) and decide the
 * same exit code. Problems keepalived finds while reading a checker that names another family's
 * object (track_file, bfd_instance) are reported once the file is read, so the order of the
 * lines is not compared, only the lines.
 */
class KeepalivedParityTest {

    static Stream<String> cases() {
        return Stream.of("addresses", "dns", "file_bfd", "groups", "http", "misc", "rs_values", "sample_fwmark",
                "sample_inhibit", "sample_misc_check", "sample_misc_check_arg", "sample_ping_check", "sample_quorum",
                "sample_smtp_check", "sample_ssl_get", "sample_status_code", "sample_udp_check",
                "sample_virtual_server_group", "sample_virtualhost", "samples_http_get", "security", "smtp", "ssl", "tcp",
                "udp", "unknown", "validation", "vs_values");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsWhatKeepalivedPrints(String name) throws IOException {
        String conf = resource(name + ".conf");
        List<String> expected = new ArrayList<>(resource(name + ".expected").lines().toList());
        String rc = expected.remove(expected.size() - 1);

        LvsFixture.Loaded loaded = LvsFixture.load(conf);

        assertThat(loaded.printed()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat("rc=" + loaded.diagnostics().configTestExitCode()).isEqualTo(rc);
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = KeepalivedParityTest.class.getResourceAsStream("parity/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
