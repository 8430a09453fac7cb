package org.keepalived4j.model;

/**
 * A management surface (JMX, SNMP, ...) packaged as a separate jar and found at start-up with
 * {@link java.util.ServiceLoader}: a jar that declares its implementation in
 * {@code META-INF/services/org.keepalived4j.model.ManagementPlugin} is started by the daemon, and
 * the daemon runs without any such jar, like a keepalived built without SNMP.
 *
 * <p>Implementations need a public no-argument constructor (a {@code ServiceLoader} rule) that
 * does no work: the daemon may instantiate a plugin only to list it ({@code -v}). All work starts
 * in {@link #start}.
 */
public interface ManagementPlugin {

    /** A short stable name for logs and {@code -v}, e.g. {@code jmx} or {@code snmp}. */
    String name();

    /**
     * Called once, after the configuration has been loaded and before the VRRP instances start:
     * what the plugin reads here is every instance before its first transition, and a subscription
     * made here sees every event. A plugin that throws is logged and left out; the daemon keeps
     * running, since failover matters more than its management view.
     */
    void start(ManagementContext context) throws Exception;

    /** Called once at shutdown, in the reverse order of start; must not block for long. */
    void stop();
}
