package org.keepalived4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Keepalived4jHomeTest {

    @Test
    void defaultsToTheDistTreeBesideTheModule() {
        Map<String, String> properties = Map.of("user.dir", "/src/keepalived4j/service");

        assertThat(Keepalived4jHome.resolve(properties::get))
                .isEqualTo(Path.of("/src/keepalived4j/dist/target/keepalived4j"));
    }

    @Test
    void propertyOverridesTheDefaultAndIsReadRelativeToTheWorkingDirectory() {
        assertThat(Keepalived4jHome.resolve(Map.of("user.dir", "/x", "keepalived4j.home", "/opt/k4j")::get))
                .isEqualTo(Path.of("/opt/k4j"));
        assertThat(Keepalived4jHome.resolve(Map.of("user.dir", "/x/y", "keepalived4j.home", "../tree")::get))
                .isEqualTo(Path.of("/x/tree"));
    }

    @Test
    void aMissingLauncherIsReportedWithTheWayOut(@TempDir Path home) throws Exception {
        assertThatThrownBy(() -> Keepalived4jHome.launcher(home))
                .hasMessageContaining(home.resolve("bin/keepalived4j").toString())
                .hasMessageContaining("-Dkeepalived4j.home=");

        Path launcher = Files.createDirectories(home.resolve("bin")).resolve("keepalived4j");
        Files.writeString(launcher, "#!/bin/sh\n");
        launcher.toFile().setExecutable(true);
        assertThat(Keepalived4jHome.launcher(home)).isEqualTo(launcher);
    }
}
