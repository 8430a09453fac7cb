package org.keepalived4j.daemon;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.keepalived4j.config.ConfigLoader;

/**
 * A configuration source that starts reading the daemon's configuration on its own thread as soon
 * as it is made, while the process still sets up logging and reads its settings, and hands that
 * reading to the daemon's first load. The reading is the same call the daemon would make (files,
 * host facts, diagnostics; nothing is logged while reading), made some 200 ms earlier, on the
 * second core: a lone router's first advert comes that much sooner. Any other load (a reload, or
 * other arguments) reads afresh.
 */
public final class ReadAheadConfigSource implements ConfigSource {

    private final ConfigSource source;
    private final String mainFile;
    private final String configId;
    private final boolean allConfig;
    private final CompletableFuture<ConfigLoader.Result> ahead = new CompletableFuture<>();
    private boolean taken;

    /**
     * @param afterwards what the reading thread does next, e.g. other preparation that needs no
     *                   result of it; its failure is left for the daemon to meet in its own time
     */
    public ReadAheadConfigSource(ConfigSource source, String mainFile, String configId, boolean allConfig,
            Runnable afterwards) {
        this.source = source;
        this.mainFile = mainFile;
        this.configId = configId;
        this.allConfig = allConfig;
        Thread reader = new Thread(() -> {
            try {
                ahead.complete(source.load(mainFile, configId, allConfig));
            } catch (RuntimeException | Error e) {
                ahead.completeExceptionally(e);
            }
            try {
                afterwards.run();
            } catch (RuntimeException | Error e) {
                // the daemon meets the same failure where it needs what failed
            }
        }, "config-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public boolean exists(String file) {
        return source.exists(file);
    }

    @Override
    public synchronized ConfigLoader.Result load(String file, String id, boolean all) {
        boolean same = file.equals(mainFile) && Objects.equals(id, configId) && all == allConfig;
        if (taken || !same) {
            return source.load(file, id, all);
        }
        taken = true;
        try {
            return ahead.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return source.load(file, id, all);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        }
    }
}
