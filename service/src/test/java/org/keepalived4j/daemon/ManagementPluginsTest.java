package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.events.EventBus;
import org.keepalived4j.events.EventSource;
import org.keepalived4j.model.ManagementContext;
import org.keepalived4j.model.CommandOutcome;
import org.keepalived4j.model.ManagementPlugin;
import org.keepalived4j.model.VrrpControl;
import org.keepalived4j.model.VrrpSnapshot;
import org.keepalived4j.model.VrrpView;

class ManagementPluginsTest {

    @TempDir
    Path dir;

    static final ManagementContext CONTEXT = new ManagementContext() {
        final KeepalivedConfig config = FakeConfigSource.emptyConfig();
        final EventBus bus = new EventBus();

        @Override
        public KeepalivedConfig config() {
            return config;
        }

        @Override
        public Optional<String> setting(String key) {
            return Optional.empty();
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public VrrpView vrrp() {
            return () -> VrrpSnapshot.EMPTY;
        }

        @Override
        public VrrpControl vrrpControl() {
            return c -> CompletableFuture.completedFuture(CommandOutcome.refused("no VRRP here"));
        }

        @Override
        public EventSource events() {
            return bus;
        }
    };

    @Test
    void findsThePluginsDeclaredInMetaInfServices() {
        ManagementPlugins plugins = ManagementPlugins.discover(getClass().getClassLoader());

        assertThat(plugins.names()).containsExactly("recording");
        assertThat(plugins.problems()).isEmpty();
        assertThat(plugins.found()).singleElement().isInstanceOf(RecordingPlugin.class);
    }

    @Test
    void startsEachPluginWithTheContextAndStopsThem() {
        ManagementPlugins plugins = ManagementPlugins.discover(getClass().getClassLoader());
        RecordingPlugin p = (RecordingPlugin) plugins.found().get(0);

        plugins.startAll(CONTEXT);
        assertThat(p.context).isSameAs(CONTEXT);
        assertThat(plugins.started()).containsExactly(p);

        plugins.stopAll();
        assertThat(p.calls).containsExactly("start", "stop");
        assertThat(plugins.started()).isEmpty();
    }

    @Test
    void aDeclaredPluginThatCannotBeLoadedIsReportedAndTheOthersStillLoad() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ManagementPlugin.class.getName()), "org.example.NoSuchPlugin\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ManagementPlugins plugins = ManagementPlugins.discover(loader);

            assertThat(plugins.names()).contains("recording");
            assertThat(plugins.problems()).singleElement().asString().contains("org.example.NoSuchPlugin");
            plugins.startAll(CONTEXT);
            plugins.stopAll();
        }
    }

    /** Fails to start; declared through a class loader of its own. */
    public static final class FailingPlugin implements ManagementPlugin {
        boolean stopped;

        @Override
        public String name() {
            return "failing";
        }

        @Override
        public void start(ManagementContext context) {
            throw new IllegalStateException("port in use");
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }

    @Test
    void aPluginThatFailsToStartIsLeftOutAndNeverStopped() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ManagementPlugin.class.getName()), FailingPlugin.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ManagementPlugins plugins = ManagementPlugins.discover(loader);
            plugins.startAll(CONTEXT);

            List<ManagementPlugin> started = plugins.started();
            assertThat(started).extracting(ManagementPlugin::name).containsExactly("recording");
            FailingPlugin failing = (FailingPlugin) plugins.found().stream()
                    .filter(p -> p instanceof FailingPlugin).findFirst().orElseThrow();
            plugins.stopAll();
            assertThat(failing.stopped).isFalse();
        }
    }
}
