package org.keepalived4j.daemon;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.commons.configuration2.io.FileHandler;

/**
 * The daemon's own settings (not keepalived.conf): where it keeps state and pid files, how it logs,
 * and the settings of the management plugins. Read from {@code keepalived4j.properties}, in this
 * order, later sources winning:
 * <ol>
 * <li>the defaults shipped on the classpath ({@code org/keepalived4j/daemon/keepalived4j-defaults.properties});</li>
 * <li>the file {@value #DEFAULT_FILE}, or the file named by the system property
 *     {@value #FILE_PROPERTY} or the environment variable {@value #FILE_ENVIRONMENT};</li>
 * <li>system properties ({@code -Dkeepalived4j.state.dir=...});</li>
 * <li>environment variables: {@code KEEPALIVED4J_STATE_DIR} for {@code keepalived4j.state.dir}
 *     (upper case, dots as underscores).</li>
 * </ol>
 * Values may refer to other keys as {@code ${keepalived4j.state.dir}}. Immutable once loaded.
 */
public final class DaemonSettings {

    public static final String DEFAULT_FILE = "/etc/keepalived4j/keepalived4j.properties";
    public static final String FILE_PROPERTY = "keepalived4j.properties";
    public static final String FILE_ENVIRONMENT = "KEEPALIVED4J_PROPERTIES";

    public static final String STATE_DIR = "keepalived4j.state.dir";
    public static final String PID_DIR = "keepalived4j.pid.dir";
    public static final String LOG_FORMAT = "keepalived4j.log.format";
    public static final String LOG_CONFIG = "keepalived4j.log.config";

    static final String PREFIX = "keepalived4j.";
    private static final String ENV_PREFIX = "KEEPALIVED4J_";
    private static final String DEFAULTS_RESOURCE = "keepalived4j-defaults.properties";

    private final Map<String, String> values;
    private final Optional<Path> file;

    private DaemonSettings(Map<String, String> values, Optional<Path> file) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.file = file;
    }

    /** The settings of this process: its environment and system properties, and the default file. */
    public static DaemonSettings load() throws SettingsException {
        return load(System.getenv(), System.getProperties(), Path.of(DEFAULT_FILE));
    }

    /**
     * @param environment the environment variables to honour
     * @param system      the system properties to honour
     * @param defaultFile the settings file read when neither {@value #FILE_PROPERTY} nor
     *                    {@value #FILE_ENVIRONMENT} names one; it may be absent
     */
    public static DaemonSettings load(Map<String, String> environment, Properties system, Path defaultFile)
            throws SettingsException {
        Map<String, Object> fromEnvironment = environmentKeys(environment);
        Map<String, Object> fromSystem = systemKeys(system);
        Optional<Path> file = chooseFile(fromEnvironment, fromSystem, defaultFile);

        CompositeConfiguration all = new CompositeConfiguration();
        all.addConfiguration(new MapConfiguration(fromEnvironment));
        all.addConfiguration(new MapConfiguration(fromSystem));
        if (file.isPresent()) {
            all.addConfiguration(read(file.get()));
        }
        URL defaults = DaemonSettings.class.getResource(DEFAULTS_RESOURCE);
        if (defaults == null) {
            throw new SettingsException("the built-in defaults " + DEFAULTS_RESOURCE + " are missing from the classpath");
        }
        try {
            all.addConfiguration(properties(handler -> handler.load(defaults)));
        } catch (ConfigurationException e) {
            throw new SettingsException("cannot read the built-in defaults: " + e.getMessage(), e);
        }

        Map<String, String> resolved = new TreeMap<>();
        for (Iterator<String> keys = all.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            if (key.startsWith(PREFIX)) {
                try {
                    resolved.put(key, all.getString(key, "").trim());
                } catch (RuntimeException e) {
                    throw new SettingsException("setting " + key + " cannot be resolved: " + e.getMessage(), e);
                }
            }
        }
        DaemonSettings settings = new DaemonSettings(resolved, file);
        settings.validate();
        return settings;
    }

    /** Only our own keys are taken from the environment: {@code KEEPALIVED4J_A_B} is {@code keepalived4j.a.b}. */
    private static Map<String, Object> environmentKeys(Map<String, String> environment) {
        Map<String, Object> out = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                out.put(keyForEnvironmentName(name), value);
            }
        });
        return out;
    }

    static String keyForEnvironmentName(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The environment variable that overrides a key: {@code keepalived4j.state.dir} is {@code KEEPALIVED4J_STATE_DIR}. */
    public static String environmentNameFor(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, Object> systemKeys(Properties system) {
        Map<String, Object> out = new TreeMap<>();
        for (String name : system.stringPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                out.put(name, system.getProperty(name));
            }
        }
        return out;
    }

    private static Optional<Path> chooseFile(Map<String, Object> env, Map<String, Object> sys, Path defaultFile)
            throws SettingsException {
        Object named = env.containsKey(FILE_PROPERTY) ? env.get(FILE_PROPERTY) : sys.get(FILE_PROPERTY);
        if (named != null && !named.toString().isBlank()) {
            Path p = Path.of(named.toString().trim());
            if (!Files.isRegularFile(p)) {
                String how = env.containsKey(FILE_PROPERTY) ? "environment variable " + FILE_ENVIRONMENT
                        : "system property " + FILE_PROPERTY;
                throw new SettingsException("settings file " + p + " (named by the " + how + ") does not exist");
            }
            return Optional.of(p);
        }
        return Files.isRegularFile(defaultFile) ? Optional.of(defaultFile) : Optional.empty();
    }

    private static Configuration read(Path p) throws SettingsException {
        try {
            File f = p.toFile();
            return properties(handler -> handler.load(f));
        } catch (ConfigurationException | RuntimeException e) {
            throw new SettingsException("cannot read settings file " + p + ": " + e.getMessage(), e);
        }
    }

    /** What a file handler loads into a properties configuration. */
    private interface Source {
        void loadInto(FileHandler handler) throws ConfigurationException;
    }

    /**
     * A properties file read as {@code Configurations.properties} reads it (includes, escapes and
     * interpolation alike), without the configuration builder, which costs every start-up some
     * 25 ms of bean introspection (commons-beanutils) for defaults a plain object has already.
     */
    private static Configuration properties(Source source) throws ConfigurationException {
        PropertiesConfiguration configuration = new PropertiesConfiguration();
        source.loadInto(new FileHandler(configuration));
        return configuration;
    }

    private void validate() throws SettingsException {
        for (String key : new String[] {STATE_DIR, PID_DIR}) {
            if (setting(key).isEmpty()) {
                throw new SettingsException("setting " + key + " must name a directory");
            }
        }
        String format = values.getOrDefault(LOG_FORMAT, "text");
        if (LogFormat.parse(format).isEmpty()) {
            throw new SettingsException("setting " + LOG_FORMAT + " is '" + format + "'; expected text or json");
        }
    }

    /** A setting, empty if it is not set or blank. */
    public Optional<String> setting(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Every {@code keepalived4j.*} setting after all overrides, sorted by key. */
    public Map<String, String> all() {
        return values;
    }

    /** The settings file that was read, if any. */
    public Optional<Path> file() {
        return file;
    }

    /** Where runtime overrides and other state survive restarts. */
    public Path stateDirectory() {
        return Path.of(setting(STATE_DIR).orElseThrow());
    }

    /** Where the pid file goes when {@code -p} does not name one. */
    public Path pidDirectory() {
        return Path.of(setting(PID_DIR).orElseThrow());
    }

    public LogFormat logFormat() {
        return LogFormat.parse(values.getOrDefault(LOG_FORMAT, "text")).orElseThrow();
    }

    /** The log4j2 configuration file to use, if one is named and exists. */
    public Optional<Path> logConfig() {
        return setting(LOG_CONFIG).map(Path::of).filter(Files::isRegularFile);
    }
}
