package org.keepalived4j.config.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.SourcePos;

class LocalConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void kindsOfPaths() throws IOException {
        Path file = Files.writeString(dir.resolve("a.conf"), "x\n");
        Path exe = Files.writeString(dir.resolve("run.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        LocalConfigFiles files = new LocalConfigFiles(dir.toString());
        assertThat(files.kind(file.toString())).isEqualTo(ConfigFiles.Kind.FILE);
        assertThat(files.kind(exe.toString())).isEqualTo(ConfigFiles.Kind.EXECUTABLE_FILE);
        assertThat(files.kind(dir.toString())).isEqualTo(ConfigFiles.Kind.DIRECTORY);
        assertThat(files.kind(dir.resolve("none").toString())).isEqualTo(ConfigFiles.Kind.MISSING);
        assertThat(files.kind(link.toString())).isEqualTo(ConfigFiles.Kind.MISSING);
        assertThat(files.exists(link.toString())).isTrue();
        assertThat(files.list(dir.toString()).orElseThrow()).containsExactlyInAnyOrder("a.conf", "run.sh", "dangling");
        assertThat(files.list(file.toString())).isEmpty();
        assertThat(files.workingDirectory()).isEqualTo(dir.toString());
    }

    @Test
    void readsUtf8AndReplacesWhatIsNot() throws IOException {
        Path file = dir.resolve("u.conf");
        Files.write(file, new byte[] {'r', 'i', 'd', ' ', (byte) 0xc3, (byte) 0xa9, ' ', (byte) 0xff, '\n'});
        ConfigFiles.Content c = new LocalConfigFiles().read(file.toString());
        assertThat(c).isEqualTo(new ConfigFiles.Content.Text("rid \u00e9 \ufffd\n"));
        assertThat(new LocalConfigFiles().read(dir.resolve("none").toString()))
                .isEqualTo(new ConfigFiles.Content.Unreadable("No such file or directory"));
    }

    @Test
    void realPathResolvesLinks() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThat(new LocalConfigFiles().realPath(link.toString())).isEqualTo(real.toRealPath().toString());
    }

    @Test
    void readsAConfigurationFromDiskWithRelativeIncludes() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(sub.resolve("10-a.conf"), "a1 ${_PWD}\ninclude ../tail.conf\n", StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("20-b.conf"), "b1\n");
        Files.writeString(dir.resolve("tail.conf"), "t1\n");
        Path exe = Files.writeString(sub.resolve("30-x.conf"), "x1\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr--r--"));
        Files.writeString(dir.resolve("keepalived.conf"), "top {\n  include conf.d/*.conf\n}\n");
        Diagnostics diagnostics = new Diagnostics();
        List<Directive> ds = new ConfigReader(new LocalConfigFiles(dir.toString()), "h", diagnostics).read("keepalived.conf");
        assertThat(ReaderFixture.tree(ds)).isEqualTo("top {a1 " + sub.toRealPath() + "; t1; b1}");
        assertThat(ds.get(0).children()).extracting(Directive::pos).containsExactly(
                new SourcePos("conf.d/10-a.conf", 1), new SourcePos("../tail.conf", 1), new SourcePos("conf.d/20-b.conf", 1));
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ConfigErrorKind.UNCOUNTED);
            assertThat(d.pos()).isEqualTo(new SourcePos("conf.d/20-b.conf", 1));
            assertThat(d.message()).isEqualTo("Configuration file 'conf.d/30-x.conf' is not a regular non-executable file - skipping");
        });
    }
}
