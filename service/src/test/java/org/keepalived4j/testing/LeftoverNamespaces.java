package org.keepalived4j.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * Namespaces that a LAN of a JVM that no longer runs left behind (killed with SIGKILL, or crashed). Only
 * names in this fixture's format are candidates, and only when their owner pid is gone: namespaces of
 * running JVMs and anything named otherwise are never touched.
 */
final class LeftoverNamespaces {

    private LeftoverNamespaces() {
    }

    static List<String> among(Collection<String> namespaces, LongPredicate pidAlive) {
        List<String> leftovers = new ArrayList<>();
        for (String namespace : namespaces) {
            OptionalLong owner = LanId.ownerOf(namespace);
            if (owner.isPresent() && owner.getAsLong() > 0 && !pidAlive.test(owner.getAsLong())) {
                leftovers.add(namespace);
            }
        }
        return List.copyOf(leftovers);
    }

    /**
     * Removes the leftovers on this machine: first the processes still running inside them (started by the
     * dead fixture; killed by pid), then the namespaces. Failures are reported, never thrown: a sweep that
     * races with another JVM's sweep must not fail a test.
     */
    static List<String> sweep() {
        List<String> removed = new ArrayList<>();
        for (String namespace : among(Netns.list(), LeftoverNamespaces::alive)) {
            try {
                for (long pid : Netns.pids(namespace)) {
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                }
                CommandResult deleted = Commands.run(List.of("ip", "netns", "del", namespace));
                if (deleted.succeeded()) {
                    removed.add(namespace);
                    System.err.println("[netns] removed leftover namespace " + namespace + " of a JVM that is gone");
                }
            } catch (RuntimeException e) {
                System.err.println("[netns] could not remove leftover namespace " + namespace + ": " + e.getMessage());
            }
        }
        return List.copyOf(removed);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
