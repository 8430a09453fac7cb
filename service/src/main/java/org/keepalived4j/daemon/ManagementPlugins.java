package org.keepalived4j.daemon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.keepalived4j.model.ManagementContext;
import org.keepalived4j.model.ManagementPlugin;

/**
 * The management plugins found on the class path ({@code META-INF/services}), started and stopped
 * together. A plugin that cannot be loaded or started is logged and left out: a broken JMX or SNMP
 * jar must never stop failover.
 */
public final class ManagementPlugins {

    private static final Logger LOG = LogManager.getLogger(DaemonLogging.MANAGEMENT);

    private final List<ManagementPlugin> found;
    private final List<String> problems;
    private final List<ManagementPlugin> started = new ArrayList<>();

    private ManagementPlugins(List<ManagementPlugin> found, List<String> problems) {
        this.found = List.copyOf(found);
        this.problems = List.copyOf(problems);
    }

    /** Every plugin the class loader declares, in class path order. */
    public static ManagementPlugins discover(ClassLoader loader) {
        List<ManagementPlugin> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var iterator = ServiceLoader.load(ManagementPlugin.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                found.add(iterator.next());
            } catch (ServiceConfigurationError e) {
                problems.add(e.getMessage());
            }
        }
        return new ManagementPlugins(found, problems);
    }

    /** The plugins found, whether started or not. */
    public List<ManagementPlugin> found() {
        return found;
    }

    /** Why a declared plugin could not be loaded (a class missing, no public constructor, ...). */
    public List<String> problems() {
        return problems;
    }

    /** The names of the plugins found, for logs and {@code -v}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (ManagementPlugin p : found) {
            names.add(nameOf(p));
        }
        return names;
    }

    /** Logs what was found, then starts each plugin with the context. */
    public void startAll(ManagementContext context) {
        for (String problem : problems) {
            LOG.error("A management plugin cannot be loaded: {}", problem);
        }
        if (found.isEmpty()) {
            LOG.info("No management plugins found (the jmx and snmp-agent jars add them)");
        }
        for (ManagementPlugin p : found) {
            String name = nameOf(p);
            LOG.info("Management plugin '{}' found ({})", name, p.getClass().getName());
            try {
                p.start(context);
                started.add(p);
                LOG.info("Management plugin '{}' started", name);
            } catch (Exception | LinkageError e) {
                LOG.error("Management plugin '{}' failed to start and is left out: {}", name, e.toString(), e);
            }
        }
    }

    /** Stops the started plugins, the last started first. */
    public void stopAll() {
        List<ManagementPlugin> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (ManagementPlugin p : reverse) {
            try {
                p.stop();
                LOG.info("Management plugin '{}' stopped", nameOf(p));
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Management plugin '{}' failed to stop cleanly: {}", nameOf(p), e.toString(), e);
            }
        }
        started.clear();
    }

    /** The plugins running now. */
    public List<ManagementPlugin> started() {
        return List.copyOf(started);
    }

    private static String nameOf(ManagementPlugin p) {
        try {
            String n = p.name();
            return n == null || n.isBlank() ? p.getClass().getSimpleName() : n;
        } catch (RuntimeException e) {
            return p.getClass().getSimpleName();
        }
    }
}
