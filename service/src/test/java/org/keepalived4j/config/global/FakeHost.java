package org.keepalived4j.config.global;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.HostFacts;

/**
 * A host described by the test: users, groups, files and a host name. Starts as a small Debian
 * box (root and daemon, /bin/true, /tmp with the sticky bit); tests add what they need.
 */
public final class FakeHost implements HostFacts {

    public static final int ROOT = 0;

    private final Map<String, NetInterface> interfaces = new HashMap<>();
    private final Set<String> users = new HashSet<>(Set.of("root", "daemon"));
    private final Set<String> groups = new HashSet<>(Set.of("root", "daemon"));
    private final Map<String, FileFacts> files = new HashMap<>();
    private final Set<String> namespaces = new HashSet<>();
    private final Set<String> hostNames = new HashSet<>(Set.of("localhost", "mail.example.com"));
    private String hostname = "lb1.example.com";

    public FakeHost() {
        for (String dir : List.of("/", "/bin", "/usr", "/usr/bin", "/usr/sbin", "/sbin", "/etc", "/etc/keepalived",
                "/proc", "/proc/sys", "/proc/sys/net", "/proc/sys/net/ipv4", "/var", "/var/lib")) {
            directory(dir, ROOT, 0755);
        }
        directory("/tmp", ROOT, 01777);
        script("/bin/true", ROOT, 0755);
        script("/usr/bin/logger", ROOT, 0755);
        files.put("/proc/sys/net/ipv4/igmp_link_local_mcast_reports", new FileFacts(true, false, ROOT, 0644));
    }

    public FakeHost user(String name) {
        users.add(name);
        groups.add(name);
        return this;
    }

    public FakeHost group(String name) {
        groups.add(name);
        return this;
    }

    public FakeHost hostname(String name) {
        hostname = name;
        return this;
    }

    public FakeHost directory(String path, int owner, int mode) {
        files.put(path, new FileFacts(false, true, owner, mode));
        return this;
    }

    public FakeHost script(String path, int owner, int mode) {
        files.put(path, new FileFacts(true, (mode & 0111) != 0, owner, mode));
        return this;
    }

    public FakeHost remove(String path) {
        files.remove(path);
        return this;
    }

    public FakeHost networkInterface(NetInterface i) {
        interfaces.put(i.name(), i);
        return this;
    }

    @Override
    public Optional<NetInterface> networkInterface(String name) {
        return Optional.ofNullable(interfaces.get(name));
    }

    @Override
    public boolean resolvesHostName(String name) {
        return hostNames.contains(name);
    }

    @Override
    public boolean networkNamespaceExists(String name) {
        return namespaces.contains(name);
    }

    /** A host name the resolver knows. */
    public FakeHost hostName(String name) {
        hostNames.add(name);
        return this;
    }

    /** A named network namespace that exists on this host. */
    public FakeHost namespace(String name) {
        namespaces.add(name);
        return this;
    }

    @Override
    public boolean userExists(String name) {
        return users.contains(name);
    }

    @Override
    public boolean groupExists(String name) {
        return groups.contains(name);
    }

    @Override
    public Optional<FileFacts> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public String shortHostname() {
        int dot = hostname.indexOf('.');
        return dot < 0 ? hostname : hostname.substring(0, dot);
    }

    @Override
    public String hostname() {
        return hostname;
    }
}
