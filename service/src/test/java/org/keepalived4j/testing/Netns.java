package org.keepalived4j.testing;

import java.util.ArrayList;
import java.util.List;

/** The machine's named network namespaces, as `ip netns` shows them. */
final class Netns {

    private Netns() {
    }

    /** Names of all named namespaces; `ip netns list` prints "NAME" or "NAME (id: N)" per line. */
    static List<String> list() {
        return names(Commands.run(List.of("ip", "netns", "list")).orThrow().stdout());
    }

    static List<String> names(String ipNetnsList) {
        List<String> names = new ArrayList<>();
        for (String line : ipNetnsList.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                names.add(trimmed.split("\\s+", 2)[0]);
            }
        }
        return List.copyOf(names);
    }

    /** Pids of the processes inside a namespace; empty if it is gone. */
    static List<Long> pids(String namespace) {
        CommandResult result = Commands.run(List.of("ip", "netns", "pids", namespace));
        if (!result.succeeded()) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        for (String token : result.stdout().split("\\s+")) {
            if (!token.isEmpty()) {
                pids.add(Long.parseLong(token));
            }
        }
        return List.copyOf(pids);
    }
}
