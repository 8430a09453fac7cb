package org.keepalived4j.config;

import java.util.List;
import org.keepalived4j.config.text.ConfigFiles;
import org.keepalived4j.config.text.ConfigReader;
import org.keepalived4j.config.text.ReaderOptions;

/** Reads, parses and validates one keepalived.conf with everything it includes. */
public final class ConfigLoader {

    /**
     * The outcome of one load: the model (produced whenever reading did not stop early, since
     * keepalived runs what it could read) and every problem.
     *
     * @param config the model, or {@code null} when reading stopped early ({@link Diagnostics#aborted()})
     */
    public record Result(KeepalivedConfig config, Diagnostics diagnostics) {

        public boolean usable() {
            return config != null;
        }
    }

    private ConfigLoader() {
    }

    /**
     * @param configId the id for {@code @ID} lines ({@code -i}); null means the short host name
     */
    public static Result load(String mainFile, String configId, ConfigFiles files, HostFacts host) {
        return load(mainFile, configId, files, host, ReaderOptions.defaults());
    }

    /** As {@link #load(String, String, ConfigFiles, HostFacts)}, reading as {@code options} say ({@code -e}). */
    public static Result load(String mainFile, String configId, ConfigFiles files, HostFacts host, ReaderOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        String id = configId != null ? configId : host.shortHostname();
        try {
            List<Directive> tree = new ConfigReader(files, id, diagnostics, options).read(mainFile);
            KeepalivedConfig config = ConfigParser.parse(BlockStructure.of(tree), new ParseContext(diagnostics, host));
            return new Result(config, diagnostics);
        } catch (ConfigAbort stop) {
            return new Result(null, diagnostics);
        }
    }
}
