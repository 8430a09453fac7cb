package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonSettingsTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private DaemonSettings load(Map<String, String> env, Properties sys) throws Exception {
        return DaemonSettings.load(env, sys, dir.resolve("absent.properties"));
    }

    @Test
    void withoutAnyFileTheBuiltInDefaultsApply() throws Exception {
        DaemonSettings s = load(Map.of(), new Properties());

        assertThat(s.stateDirectory()).isEqualTo(Path.of("/var/lib/keepalived4j"));
        assertThat(s.pidDirectory()).isEqualTo(Path.of("/run/keepalived4j"));
        assertThat(s.logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(s.file()).isEmpty();
        assertThat(s.setting("keepalived4j.jmx.enabled")).contains("true");
        assertThat(s.setting("keepalived4j.jmx.remote.port")).isEmpty();
        assertThat(s.setting("keepalived4j.snmp.agentx.socket")).contains("/var/agentx/master");
    }

    @Test
    void theDefaultFileOverridesTheBuiltInDefaults() throws Exception {
        Path f = file("k.properties", "keepalived4j.state.dir = /srv/k4j\n");

        DaemonSettings s = DaemonSettings.load(Map.of(), new Properties(), f);

        assertThat(s.stateDirectory()).isEqualTo(Path.of("/srv/k4j"));
        assertThat(s.pidDirectory()).isEqualTo(Path.of("/run/keepalived4j"));
        assertThat(s.file()).contains(f);
    }

    @Test
    void systemPropertiesOverrideTheFileAndEnvironmentVariablesOverrideBoth() throws Exception {
        Path f = file("k.properties", "keepalived4j.state.dir = /from/file\nkeepalived4j.pid.dir = /from/file/run\n"
                + "keepalived4j.log.format = json\n");
        Properties sys = props("keepalived4j.properties", f.toString(), "keepalived4j.state.dir", "/from/system",
                "keepalived4j.pid.dir", "/from/system/run");
        Map<String, String> env = Map.of("KEEPALIVED4J_STATE_DIR", "/from/env");

        DaemonSettings s = load(env, sys);

        assertThat(s.stateDirectory()).isEqualTo(Path.of("/from/env"));
        assertThat(s.pidDirectory()).isEqualTo(Path.of("/from/system/run"));
        assertThat(s.logFormat()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void theFileCanBeNamedByASystemPropertyOrTheEnvironmentWhichWins() throws Exception {
        Path a = file("a.properties", "keepalived4j.state.dir = /a\n");
        Path b = file("b.properties", "keepalived4j.state.dir = /b\n");

        assertThat(load(Map.of(), props("keepalived4j.properties", a.toString())).stateDirectory())
                .isEqualTo(Path.of("/a"));
        assertThat(load(Map.of("KEEPALIVED4J_PROPERTIES", b.toString()), props("keepalived4j.properties", a.toString()))
                .file()).contains(b);
    }

    @Test
    void aFileNamedExplicitlyMustExist() {
        assertThatThrownBy(() -> load(Map.of(), props("keepalived4j.properties", dir.resolve("typo").toString())))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("system property keepalived4j.properties");
        assertThatThrownBy(() -> load(Map.of("KEEPALIVED4J_PROPERTIES", "/no/such"), new Properties()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("environment variable KEEPALIVED4J_PROPERTIES");
    }

    @Test
    void valuesMayReferToOtherKeysWhateverTheirSource() throws Exception {
        Path f = file("k.properties", "keepalived4j.pid.dir = ${keepalived4j.state.dir}/run\n");

        DaemonSettings s = load(Map.of("KEEPALIVED4J_STATE_DIR", "/tmp/k4j"), props("keepalived4j.properties", f.toString()));

        assertThat(s.pidDirectory()).isEqualTo(Path.of("/tmp/k4j/run"));
    }

    @Test
    void theFileMayIncludeAnotherBesideItAndWriteValuesOnSeveralLines() throws Exception {
        file("site.properties", "keepalived4j.state.dir = /srv/site\n");
        Path f = file("k.properties", "include = site.properties\nkeepalived4j.pid.dir = /run/\\\n    k4j\n");

        DaemonSettings s = DaemonSettings.load(Map.of(), new Properties(), f);

        assertThat(s.stateDirectory()).isEqualTo(Path.of("/srv/site"));
        assertThat(s.pidDirectory()).isEqualTo(Path.of("/run/k4j"));
    }

    @Test
    void valuesWithCommasStayWhole() throws Exception {
        DaemonSettings s = load(Map.of(), props("keepalived4j.jmx.remote.ciphers", "a,b,c"));
        assertThat(s.setting("keepalived4j.jmx.remote.ciphers")).contains("a,b,c");
    }

    @Test
    void onlyOurOwnKeysAreTaken() throws Exception {
        DaemonSettings s = load(Map.of("PATH", "/bin", "KEEPALIVED4J_X_Y", "z"), props("user.home", "/root"));
        assertThat(s.all()).containsEntry("keepalived4j.x.y", "z").doesNotContainKeys("path", "user.home", "PATH");
    }

    @Test
    void environmentNamesAreTheKeysInUpperCaseWithUnderscores() {
        assertThat(DaemonSettings.environmentNameFor("keepalived4j.state.dir")).isEqualTo("KEEPALIVED4J_STATE_DIR");
        assertThat(DaemonSettings.keyForEnvironmentName("KEEPALIVED4J_PID_DIR")).isEqualTo("keepalived4j.pid.dir");
    }

    @Test
    void anUnknownLogFormatIsRefused() {
        assertThatThrownBy(() -> load(Map.of("KEEPALIVED4J_LOG_FORMAT", "xml"), new Properties()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("keepalived4j.log.format")
                .hasMessageContaining("text or json");
    }

    @Test
    void anEmptyDirectoryIsRefused() {
        assertThatThrownBy(() -> load(Map.of(), props("keepalived4j.pid.dir", " ")))
                .isInstanceOf(SettingsException.class).hasMessageContaining("keepalived4j.pid.dir");
    }

    @Test
    void theLogConfigIsUsedOnlyIfItExists() throws Exception {
        Path xml = file("log4j2.xml", "<Configuration/>");
        assertThat(load(Map.of(), props("keepalived4j.log.config", xml.toString())).logConfig()).contains(xml);
        assertThat(load(Map.of(), props("keepalived4j.log.config", dir.resolve("none.xml").toString())).logConfig())
                .isEmpty();
    }

    @Test
    void theShippedSettingsFileDocumentsEveryKeyWithItsDefault() throws Exception {
        // conf/src/main/conf/keepalived4j.properties is the commented copy users edit: "#key = default"
        Path shipped = Path.of("../conf/src/main/conf/keepalived4j.properties");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shipped), "run from the service module");
        Map<String, String> documented = new java.util.TreeMap<>();
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^#(keepalived4j\\.[\\w.]+) = ?(.*)$");
        for (String l : Files.readAllLines(shipped)) {
            java.util.regex.Matcher m = line.matcher(l);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> defaults = new java.util.TreeMap<>(load(Map.of(), new Properties()).all());

        assertThat(documented).isEqualTo(defaults);
        // and the file, as shipped, changes nothing
        assertThat(load(Map.of(), props("keepalived4j.properties", shipped.toString())).all())
                .containsAllEntriesOf(defaults);
    }
}
