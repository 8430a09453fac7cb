package org.keepalived4j.daemon;

import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.text.ConfigFiles;
import org.keepalived4j.config.text.ReaderOptions;

/** The configuration as {@link ConfigLoader} reads it from files, validated against a host. */
public final class FileConfigSource implements ConfigSource {

    private final ConfigFiles files;
    private final HostFacts host;

    public FileConfigSource(ConfigFiles files, HostFacts host) {
        this.files = files;
        this.host = host;
    }

    @Override
    public boolean exists(String mainFile) {
        return files.exists(mainFile);
    }

    @Override
    public ConfigLoader.Result load(String mainFile, String configId, boolean allConfig) {
        return ConfigLoader.load(mainFile, configId, files, host, ReaderOptions.defaults().withCheckAllIncludes(allConfig));
    }
}
