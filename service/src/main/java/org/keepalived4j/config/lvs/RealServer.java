package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * A {@code real_server}, with every setting resolved: what it did not set itself comes from its
 * virtual server (weight, forwarding, alpha, inhibit_on_failure, timers), as keepalived resolves it.
 *
 * @param port           the port IPVS uses: for NAT (and DR/TUN without one) the virtual server's;
 *                       0 for fwmark services forwarded by DR/TUN
 * @param retry          empty when neither the real server nor its virtual server set one, so each
 *                       checker uses its kind's default
 * @param warmup         empty: each checker uses its delay_loop
 * @param delayBeforeRetry empty: each checker uses its kind's default
 * @param upperThreshold connection limit, 0 = none
 * @param lowerThreshold 0 = none
 */
public record RealServer(SourcePos pos, IpAddress address, int port, long weight, Forwarding forwarding,
                         long upperThreshold, long lowerThreshold, Optional<ScriptCommand> notifyUp,
                         Optional<ScriptCommand> notifyDown, boolean alpha, boolean inhibitOnFailure,
                         Optional<Long> retry, Duration connectTimeout, Duration delayLoop, Optional<Duration> warmup,
                         Optional<Duration> delayBeforeRetry, boolean smtpAlert, Optional<String> virtualhost,
                         Optional<String> snmpName, List<Checker> checkers) {

    public RealServer {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(notifyUp, "notifyUp");
        Objects.requireNonNull(notifyDown, "notifyDown");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(delayLoop, "delayLoop");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(delayBeforeRetry, "delayBeforeRetry");
        Objects.requireNonNull(virtualhost, "virtualhost");
        Objects.requireNonNull(snmpName, "snmpName");
        checkers = List.copyOf(checkers);
    }
}
