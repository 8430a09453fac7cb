package org.keepalived4j.config.vrrp;

import java.util.List;

/** Everything an instance or a sync group tracks, in the order configured. */
public record Tracking(List<TrackedObject> interfaces, List<TrackedObject> scripts, List<TrackedObject> files,
                       List<TrackedObject> processes, List<TrackedObject> bfds) {

    public static final Tracking NONE = new Tracking(List.of(), List.of(), List.of(), List.of(), List.of());

    public Tracking {
        interfaces = List.copyOf(interfaces);
        scripts = List.copyOf(scripts);
        files = List.copyOf(files);
        processes = List.copyOf(processes);
        bfds = List.copyOf(bfds);
    }

    public boolean isEmpty() {
        return interfaces.isEmpty() && scripts.isEmpty() && files.isEmpty() && processes.isEmpty() && bfds.isEmpty();
    }
}
