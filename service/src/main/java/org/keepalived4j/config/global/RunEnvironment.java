package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The root-level keywords that decide where and how the daemon runs; none of them can change on
 * a reload (keepalived keeps the first values).
 *
 * @param netNamespace       {@code net_namespace NAME}: the network namespace to run in
 * @param ipvsNamespace      {@code net_namespace_ipvs [NAME]}: where IPVS is programmed; present
 *                           but empty when given without a name (the default namespace)
 * @param namespaceWithIpsets {@code namespace_with_ipsets}
 * @param instanceName       {@code instance NAME}: part of the pid file names
 * @param usePidDir          pid files in /run/keepalived: {@code use_pid_dir}, implied by a
 *                           namespace or an instance name
 * @param childWaitTime      {@code child_wait_time}: how long the parent waits for children to
 *                           exit on termination (default 5 s)
 * @param linkbeatUsePolling {@code linkbeat_use_polling}: poll link state instead of netlink
 */
public record RunEnvironment(Optional<String> netNamespace, Optional<String> ipvsNamespace,
                             boolean namespaceWithIpsets, Optional<String> instanceName, boolean usePidDir,
                             Duration childWaitTime, boolean linkbeatUsePolling) {

    public static final Duration DEFAULT_CHILD_WAIT_TIME = Duration.ofSeconds(5);

    public RunEnvironment {
        Objects.requireNonNull(netNamespace, "netNamespace");
        Objects.requireNonNull(ipvsNamespace, "ipvsNamespace");
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(childWaitTime, "childWaitTime");
    }
}
