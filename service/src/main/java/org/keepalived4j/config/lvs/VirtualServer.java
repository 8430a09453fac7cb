package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code virtual_server} that survived validation, with keepalived's corrections applied
 * (default scheduler and forwarding, UDP for a service without protocol, persistence for a
 * zero port, quorum and hysteresis bounded, ports of real servers fixed up).
 *
 * @param family              the address family IPVS uses for the service; for a group with
 *                            both families, the one its real servers settle on
 * @param protocol            empty for fwmark services (keepalived ignores a protocol there)
 * @param scheduler           an IPVS scheduler name (default {@code wlc})
 * @param persistenceTimeout  seconds, 0 = not persistent
 * @param persistenceEngine   e.g. {@code sip}
 * @param weight              the default weight of its real servers
 * @param quorum              the minimum total weight of live real servers
 * @param retry               empty: real servers and checkers use their own defaults
 */
public record VirtualServer(SourcePos pos, ServiceAddress address, IpAddress.Family family,
                            Optional<Protocol> protocol, String scheduler, ServiceFlags flags, Forwarding forwarding,
                            long persistenceTimeout, Optional<PersistenceGranularity> persistenceGranularity,
                            Optional<String> persistenceEngine, Duration delayLoop, Duration connectTimeout,
                            Optional<Long> retry, Optional<Duration> delayBeforeRetry, Optional<Duration> warmup,
                            boolean alpha, boolean omega, boolean haSuspend, boolean inhibitOnFailure,
                            Optional<String> virtualhost, Optional<String> snmpName, boolean smtpAlert, long weight,
                            long quorum, long hysteresis, Optional<ScriptCommand> quorumUp,
                            Optional<ScriptCommand> quorumDown, Optional<SorryServer> sorryServer,
                            List<RealServer> realServers) {

    public VirtualServer {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(persistenceGranularity, "persistenceGranularity");
        Objects.requireNonNull(persistenceEngine, "persistenceEngine");
        Objects.requireNonNull(delayLoop, "delayLoop");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(delayBeforeRetry, "delayBeforeRetry");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(virtualhost, "virtualhost");
        Objects.requireNonNull(snmpName, "snmpName");
        Objects.requireNonNull(quorumUp, "quorumUp");
        Objects.requireNonNull(quorumDown, "quorumDown");
        Objects.requireNonNull(sorryServer, "sorryServer");
        realServers = List.copyOf(realServers);
    }

    public boolean persistent() {
        return persistenceTimeout > 0;
    }

    /** The group this virtual server serves, if it was written {@code virtual_server group NAME}. */
    public Optional<String> groupName() {
        return address instanceof ServiceAddress.Group g ? Optional.of(g.name()) : Optional.empty();
    }
}
