package org.keepalived4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A LAN of network namespaces: a hub namespace holding one bridge per segment, and hosts, each a namespace
 * plugged into the main segment with a veth cable. Everything it creates (namespaces, processes) it removes
 * on {@link #close()}, and a JVM shutdown hook does the same if close is never reached. Leftovers of JVMs
 * that died without either are removed when the next LAN is built.
 *
 * <pre>{@code
 * try (NetnsLan lan = NetnsLan.builder().hosts(2).build()) {
 *     LanHost h1 = lan.host(1);
 *     assertThat(h1.canReach(lan.host(2).ipv6())).isTrue();
 * }
 * }</pre>
 */
public final class NetnsLan implements AutoCloseable {

    /** The bridge every host is plugged into at build time. */
    public static final String MAIN_SEGMENT = "br0";
    /** Where LAN work directories go (default: java.io.tmpdir). */
    public static final String WORK_ROOT_PROPERTY = "keepalived4j.netns.workdir";
    private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");
    private static final Duration STRAY_KILL_WAIT = Duration.ofSeconds(5);

    private final LanId id;
    private final Path workDir;
    private final Duration stopGrace;
    private final NetworkNamespace hub;
    private final List<LanHost> hosts = new ArrayList<>();
    /** Namespaces in creation order; removed in reverse. */
    private final List<String> namespaces = new ArrayList<>();
    private final Set<String> segments = new LinkedHashSet<>();
    private final List<HostProcess> processes = new ArrayList<>();
    private final Thread shutdownHook;
    private int launches;
    private boolean closed;
    private boolean keepEvidence;

    private NetnsLan(LanId id, Path workDir, Duration stopGrace) {
        this.id = id;
        this.workDir = workDir;
        this.stopGrace = stopGrace;
        this.hub = new NetworkNamespace(this, "hub");
        this.shutdownHook = new Thread(this::closeOnShutdown, "netns-lan-teardown-" + id.token());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A LAN of n hosts with eth0 each. */
    public static NetnsLan withHosts(int n) {
        return builder().hosts(n).build();
    }

    public LanId id() {
        return id;
    }

    /** The namespace holding the bridges; run tcpdump here to see every frame of a segment. */
    public NetworkNamespace hub() {
        return hub;
    }

    /** Host n, counting from 1. */
    public LanHost host(int n) {
        if (n < 1 || n > hosts.size()) {
            throw new IllegalArgumentException("this LAN has hosts 1-" + hosts.size() + ", not " + n);
        }
        return hosts.get(n - 1);
    }

    public List<LanHost> hosts() {
        return List.copyOf(hosts);
    }

    /** Every namespace this LAN has created. */
    public synchronized List<String> namespaces() {
        return List.copyOf(namespaces);
    }

    /** Bridges in the hub: the main segment and any that {@link LanHost#addInterface(String, String)} made. */
    public synchronized Set<String> segments() {
        return Set.copyOf(segments);
    }

    /** Processes started on this LAN, in start order. */
    public synchronized List<HostProcess> processes() {
        return List.copyOf(processes);
    }

    /** The directory holding config files, run directories and process output; deleted on close. */
    public Path workDir() {
        return workDir;
    }

    /** Writes a file (e.g. a keepalived.conf) into the work directory and returns its absolute path. */
    public Path writeFile(String relativePath, String content) {
        Path file = workDir.resolve(relativePath).normalize();
        if (!file.startsWith(workDir)) {
            throw new IllegalArgumentException("outside the work directory: " + relativePath);
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keep the work directory after close (the extension does this when a test fails). */
    public synchronized void keepEvidence() {
        keepEvidence = true;
    }

    /** What each process printed last: for a failure report. */
    public String evidence() {
        StringBuilder report = new StringBuilder("LAN " + id.prefix() + "* work directory " + workDir);
        for (HostProcess process : processes()) {
            report.append("\n").append(process)
                    .append(process.exitCode().isPresent() ? " exited " + process.exitCode().getAsInt() : " running")
                    .append(", output ").append(process.output());
            String tail = process.tail(30);
            report.append(tail.isEmpty() ? " (empty)" : ":\n" + tail);
        }
        return report.toString();
    }

    // ----- building

    private void build(int hostCount, String interfaceName) {
        addNamespace(hub.role());
        ipIn(hub.name(), "link", "set", "lo", "up");
        ensureSegment(MAIN_SEGMENT);
        for (int n = 1; n <= hostCount; n++) {
            LanHost host = new LanHost(this, n, interfaceName);
            hosts.add(host);
            addNamespace(host.role());
            // Before any interface exists, so that every interface inherits it: addresses (also the daemons'
            // VIPs and link-local ones) are usable at once, and stay across link down/up like IPv4 ones.
            host.run("sysctl", "-q", "-w",
                    "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
                    "net.ipv6.conf.all.keep_addr_on_down=1", "net.ipv6.conf.default.keep_addr_on_down=1").orThrow();
            ipIn(host.name(), "link", "set", "lo", "up");
            host.addInterface(interfaceName);
            host.addAddress(host.ipv4Cidr());
            host.addAddress(host.ipv6Cidr());
        }
    }

    private synchronized void addNamespace(String role) {
        String name = id.namespace(role);
        Commands.run(List.of("ip", "netns", "add", name)).orThrow();
        namespaces.add(name);
    }

    synchronized void ensureSegment(String segment) {
        checkInterfaceName(segment);
        if (segments.add(segment)) {
            // No multicast snooping: VRRP adverts and NDP must reach every port whatever MLD/IGMP said.
            ipIn(hub.name(), "link", "add", segment, "type", "bridge", "mcast_snooping", "0");
            ipIn(hub.name(), "link", "set", segment, "up");
        }
    }

    void ipIn(String namespace, String... args) {
        List<String> argv = new ArrayList<>(List.of("ip", "-n", namespace));
        argv.addAll(List.of(args));
        Commands.run(argv).orThrow();
    }

    static void checkInterfaceName(String name) {
        if (!INTERFACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("interface name must be 1-15 of [A-Za-z0-9_.-]: " + name);
        }
    }

    // ----- processes

    HostProcess start(NetworkNamespace namespace, Launch launch) {
        return startIn(namespace, launch.label(), runDir -> launch);
    }

    HostProcess startDaemon(NetworkNamespace namespace, String label, Function<Path, List<String>> argvForRunDir) {
        return startIn(namespace, label, runDir -> Launch.of(label, argvForRunDir.apply(runDir)));
    }

    private synchronized HostProcess startIn(NetworkNamespace namespace, String label, Function<Path, Launch> launch) {
        if (closed) {
            throw new IllegalStateException("LAN " + id.prefix() + "* is closed");
        }
        Path runDir = workDir.resolve(namespace.role()).resolve(label + "-" + ++launches);
        HostProcess process = HostProcess.start(namespace.name(), launch.apply(runDir), runDir);
        processes.add(process);
        return process;
    }

    // ----- teardown

    /**
     * Stops every process (TERM to all at once, KILL what is left after the grace period), kills by pid
     * anything else still inside the LAN's namespaces, deletes the namespaces and the work directory.
     * Runs to the end even when interrupted or when a step fails; failures are thrown afterwards.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; our teardown is idempotent with it
        }
        List<String> failures = teardown();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("teardown of LAN " + id.prefix() + "* incomplete:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private void closeOnShutdown() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        System.err.println("[netns] JVM exits with LAN " + id.prefix() + "* still up: tearing it down");
        teardown().forEach(failure -> System.err.println("[netns] " + failure));
    }

    private List<String> teardown() {
        boolean interrupted = Thread.interrupted();
        List<String> failures = new ArrayList<>();
        try {
            step(failures, "stopping processes", this::stopProcesses);
            step(failures, "killing strays", this::killStrays);
            step(failures, "deleting namespaces", () -> deleteNamespaces(failures));
            step(failures, "checking namespaces", () -> {
                List<String> left = Netns.list().stream().filter(id::owns).toList();
                if (!left.isEmpty()) {
                    failures.add("namespaces still present: " + left);
                }
            });
            if (evidenceKept()) {
                System.err.println("[netns] kept " + workDir + " for inspection");
            } else {
                step(failures, "deleting " + workDir, this::deleteWorkDir);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return failures;
    }

    private synchronized boolean evidenceKept() {
        return keepEvidence;
    }

    private static void step(List<String> failures, String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(what + ": " + e.getMessage());
        }
    }

    private void stopProcesses() {
        List<HostProcess> started = processes();
        for (HostProcess process : started) {
            process.beginStop();
        }
        Instant deadline = Instant.now().plus(stopGrace);
        for (HostProcess process : started) {
            process.finishStop(deadline);
        }
    }

    /**
     * Anything still inside our namespaces after the stop (a daemon's late child, a double-forked helper) was
     * started by our processes: killed by pid, and reported so that a leaking daemon gets noticed.
     */
    private void killStrays() {
        List<ProcessHandle> strays = new ArrayList<>();
        for (String namespace : namespaces()) {
            for (long pid : Netns.pids(namespace)) {
                ProcessHandle.of(pid).ifPresent(strays::add);
            }
        }
        for (ProcessHandle stray : strays) {
            System.err.println("[netns] killing stray pid " + stray.pid() + " ("
                    + stray.info().commandLine().orElse("?") + ") left in " + this);
            stray.destroyForcibly();
        }
        Instant deadline = Instant.now().plus(STRAY_KILL_WAIT);
        for (ProcessHandle stray : strays) {
            while (HostProcess.running(stray) && Instant.now().isBefore(deadline)) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void deleteNamespaces(List<String> failures) {
        List<String> ours = new ArrayList<>(namespaces());
        Collections.reverse(ours);
        for (String namespace : ours) {
            CommandResult deleted = Commands.run(List.of("ip", "netns", "del", namespace));
            if (!deleted.succeeded()) {
                failures.add(deleted.describe());
            }
        }
    }

    private void deleteWorkDir() {
        if (!Files.exists(workDir)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(workDir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "LAN " + id.prefix() + "* (" + hosts.size() + " hosts)";
    }

    /** How to build a LAN; defaults: 2 hosts, interface eth0, 5 s for processes to stop on TERM. */
    public static final class Builder {
        private int hosts = 2;
        private String interfaceName = "eth0";
        private Duration stopGrace = HostProcess.DEFAULT_STOP_GRACE;
        private Path workRoot;

        private Builder() {
        }

        public Builder hosts(int hosts) {
            if (hosts < 0 || hosts > AddressPlan.MAX_HOSTS) {
                throw new IllegalArgumentException("hosts must be 0-" + AddressPlan.MAX_HOSTS + ": " + hosts);
            }
            this.hosts = hosts;
            return this;
        }

        /** The name of each host's interface (e.g. "ens3"); default eth0. */
        public Builder interfaceName(String interfaceName) {
            checkInterfaceName(interfaceName);
            this.interfaceName = interfaceName;
            return this;
        }

        /** How long processes get between TERM and KILL when the LAN closes. */
        public Builder stopGrace(Duration stopGrace) {
            this.stopGrace = stopGrace;
            return this;
        }

        /** The directory under which the LAN's work directory is made; default: property, else java.io.tmpdir. */
        public Builder workRoot(Path workRoot) {
            this.workRoot = workRoot;
            return this;
        }

        /**
         * Removes leftovers of dead JVMs, then creates the LAN. If creation fails half-way, what was created
         * is removed before the error is thrown.
         */
        public NetnsLan build() {
            LeftoverNamespaces.sweep();
            LanId id = LanId.fresh(ProcessHandle.current().pid(), ThreadLocalRandom.current(), Netns.list());
            Path workDir = createWorkDir(id);
            NetnsLan lan = new NetnsLan(id, workDir, stopGrace);
            Runtime.getRuntime().addShutdownHook(lan.shutdownHook);
            try {
                lan.build(hosts, interfaceName);
                return lan;
            } catch (RuntimeException | Error e) {
                try {
                    lan.close();
                } catch (RuntimeException teardown) {
                    e.addSuppressed(teardown);
                }
                throw e;
            }
        }

        private Path createWorkDir(LanId id) {
            Path root = workRoot != null ? workRoot
                    : Path.of(System.getProperty(WORK_ROOT_PROPERTY, System.getProperty("java.io.tmpdir")));
            try {
                Files.createDirectories(root);
                return Files.createTempDirectory(root.toAbsolutePath(), id.prefix()).toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
