package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/** A real server (or the sorry server) while its block is read; null means "not set". */
final class RealServerDraft {
    final SourcePos pos;
    SourcePos end;
    final IpAddress address;
    int port;
    Forwarding forwarding;
    Long weight;
    Boolean alpha;
    Boolean inhibit;
    Long retry;
    Duration connectTimeout;
    Duration delayLoop;
    Duration warmup;
    Duration delayBeforeRetry;
    Boolean smtpAlert;
    String virtualhost;
    String snmpName;
    long upperThreshold;
    long lowerThreshold;
    ScriptCommand notifyUp;
    ScriptCommand notifyDown;
    final List<CheckerDraft> checkers = new ArrayList<>();
    /** Names of the BFD instances its BFD_CHECKers follow, to refuse a second one. */
    final List<String> trackedBfds = new ArrayList<>();

    RealServerDraft(SourcePos pos, IpAddress address, int port, Forwarding inherited) {
        this.pos = pos;
        this.end = pos;
        this.address = address;
        this.port = port;
        this.forwarding = inherited;
    }

    /** A real server's name in messages, as keepalived formats it with the service's protocol. */
    String name(Protocol protocol) {
        return ServiceNames.trio(address, protocol, port);
    }
}
