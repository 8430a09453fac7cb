package org.keepalived4j.config.lvs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.HostFacts;

/** A host described by the test: users, groups and files; no interfaces. */
final class FakeHost implements HostFacts {

    private final Set<String> users = new HashSet<>(Set.of("root", "nobody"));
    private final Set<String> groups = new HashSet<>(Set.of("root", "nogroup"));
    private final Map<String, FileFacts> files = new HashMap<>();

    /** Like a Debian host: root-owned /, /bin, /usr, /usr/bin and executables /bin/true, /bin/false. */
    static FakeHost debian() {
        FakeHost h = new FakeHost();
        for (String dir : new String[] {"/", "/bin", "/usr", "/usr/bin", "/tmp"}) {
            h.files.put(dir, new FileFacts(false, true, 0, dir.equals("/tmp") ? 01777 : 0755));
        }
        h.files.put("/bin/true", new FileFacts(true, true, 0, 0755));
        h.files.put("/bin/false", new FileFacts(true, true, 0, 0755));
        h.files.put("/usr/bin/true", new FileFacts(true, true, 0, 0755));
        return h;
    }

    FakeHost withFile(String path, int ownerUid, int mode) {
        files.put(path, new FileFacts(true, true, ownerUid, mode));
        return this;
    }

    FakeHost withUser(String name) {
        users.add(name);
        return this;
    }

    @Override
    public Optional<NetInterface> networkInterface(String name) {
        return Optional.empty();
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
        return "lvs-test";
    }

    @Override
    public String hostname() {
        return "lvs-test.example";
    }
}
