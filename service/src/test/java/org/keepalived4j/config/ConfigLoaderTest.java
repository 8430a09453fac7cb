package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.config.text.ReaderOptions;

class ConfigLoaderTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";
    private final InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived")
            .file(MAIN, "include /etc/keepalived/conf.d/missing.conf\nglobal_defs {\n    router_id r1\n}\n");

    @Test
    void aMissingIncludeIsPrintedButNotCountedByDefault() {
        ConfigLoader.Result r = ConfigLoader.load(MAIN, "lb1", files, FakeHost.debian());
        assertThat(r.diagnostics().printed()).extracting(Diagnostic::keepalivedFormat)
                .containsExactly("(" + MAIN + ": Line 1) Config files missing '/etc/keepalived/conf.d/missing.conf'.");
        assertThat(r.diagnostics().configTestExitCode()).isZero();
        assertThat(r.config().global().routerId()).isEqualTo("r1");
    }

    @Test
    void withAllConfigAMissingIncludeIsAnError() {
        ConfigLoader.Result r = ConfigLoader.load(MAIN, "lb1", files, FakeHost.debian(),
                ReaderOptions.defaults().withCheckAllIncludes(true));
        assertThat(r.diagnostics().counted()).extracting(Diagnostic::message)
                .containsExactly("Config files missing '/etc/keepalived/conf.d/missing.conf'.");
        assertThat(r.diagnostics().configTestExitCode()).as("keepalived -t -e on a missing include").isEqualTo(6);
    }
}
