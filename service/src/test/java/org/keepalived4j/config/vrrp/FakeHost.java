package org.keepalived4j.config.vrrp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.HostFacts;
import org.keepalived4j.config.IpPrefix;

/**
 * A host for tests, shaped like the network namespace the real keepalived was checked in:
 * {@code lo}, {@code eth0} (10.9.9.1/24) and {@code eth1} (10.9.9.2/24), user root only, and
 * {@code /bin/true} as the one script file, owned by root.
 */
final class FakeHost implements HostFacts {

    private final Map<String, NetInterface> interfaces = new HashMap<>();
    private final Set<String> users = new HashSet<>(Set.of("root"));
    private final Set<String> groups = new HashSet<>(Set.of("root"));
    private final Map<String, FileFacts> files = new HashMap<>();

    FakeHost() {
        interfaces.put("lo", new NetInterface("lo", 1, true, true, List.of(IpPrefix.parse("127.0.0.1/8").orElseThrow())));
        interfaces.put("eth0", new NetInterface("eth0", 2, false, true, List.of(IpPrefix.parse("10.9.9.1/24").orElseThrow())));
        interfaces.put("eth1", new NetInterface("eth1", 3, false, true, List.of(IpPrefix.parse("10.9.9.2/24").orElseThrow())));
        directory("/");
        directory("/bin");
        directory("/usr");
        directory("/usr/bin");
        files.put("/bin/true", new FileFacts(true, true, 0, 0755));
    }

    FakeHost user(String name) {
        users.add(name);
        return this;
    }

    FakeHost file(String path, FileFacts facts) {
        files.put(path, facts);
        return this;
    }

    private void directory(String path) {
        files.put(path, new FileFacts(false, true, 0, 0755));
    }

    @Override
    public Optional<NetInterface> networkInterface(String name) {
        return Optional.ofNullable(interfaces.get(name));
    }

    @Override
    public boolean resolvesHostName(String name) {
        return false;
    }

    @Override
    public boolean networkNamespaceExists(String name) {
        return false;
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
        return "test";
    }

    @Override
    public String hostname() {
        return "test.example";
    }
}
