package org.keepalived4j.daemon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.KeepalivedConfig;
import org.keepalived4j.config.ParseContext;

/**
 * A configuration source for tests: says whether the main file exists, and answers each load with
 * the next scripted set of diagnostics (the last one repeats). Records what was asked.
 */
public class FakeConfigSource implements ConfigSource {

    public boolean exists = true;
    public final List<String> loadedFiles = new ArrayList<>();
    public final List<String> configIds = new ArrayList<>();
    /** What each load was asked for {@code -e}. */
    public final List<Boolean> allConfigs = new ArrayList<>();
    private final Deque<Consumer<Diagnostics>> scripts = new ArrayDeque<>();
    private RuntimeException failure;
    /** What each load returns (a new configuration each time, as a real load does). */
    public Supplier<KeepalivedConfig> config = FakeConfigSource::emptyConfig;

    /** Each load reports what the next script reports; without scripts, nothing. */
    public FakeConfigSource then(Consumer<Diagnostics> script) {
        scripts.add(script);
        return this;
    }

    public FakeConfigSource failingWith(RuntimeException e) {
        failure = e;
        return this;
    }

    @Override
    public boolean exists(String mainFile) {
        return exists;
    }

    @Override
    public ConfigLoader.Result load(String mainFile, String configId, boolean allConfig) {
        loadedFiles.add(mainFile);
        configIds.add(configId);
        allConfigs.add(allConfig);
        if (failure != null) {
            throw failure;
        }
        Consumer<Diagnostics> script = scripts.size() > 1 ? scripts.poll() : scripts.peek();
        Diagnostics d = new Diagnostics();
        if (script != null) {
            script.accept(d);
        }
        return new ConfigLoader.Result(config.get(), d);
    }

    /** The configuration of an empty file, as the parser builds it. */
    public static KeepalivedConfig emptyConfig() {
        return ConfigParser.parse(List.of(), new ParseContext(new Diagnostics(), FakeHost.bare()));
    }
}
