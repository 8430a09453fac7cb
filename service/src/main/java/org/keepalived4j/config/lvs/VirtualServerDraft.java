package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/** A virtual server while the file is read; null means "not set". */
final class VirtualServerDraft {
    final SourcePos pos;
    SourcePos end;
    ServiceAddress address;
    IpAddress.Family family;
    String scheduler;
    boolean onePacket;
    boolean sched1;
    boolean sched2;
    boolean sched3;
    Forwarding forwarding;
    Protocol protocol;
    Duration delayLoop = Duration.ofSeconds(60);
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration warmup;
    Long retry;
    Duration delayBeforeRetry;
    long persistenceTimeout;
    PersistenceGranularity granularity;
    String persistenceEngine;
    boolean haSuspend;
    boolean alpha;
    boolean omega;
    boolean inhibit;
    Boolean smtpAlert;
    String virtualhost;
    String snmpName;
    ScriptCommand quorumUp;
    ScriptCommand quorumDown;
    long quorum = 1;
    long hysteresis;
    long weight = 1;
    RealServerDraft sorry;
    boolean sorryDuplicatesRealServer;
    final List<RealServerDraft> realServers = new ArrayList<>();
    /** Resolved when groups are linked. */
    VirtualServerGroup group;

    VirtualServerDraft(SourcePos pos, ServiceAddress address) {
        this.pos = pos;
        this.end = pos;
        this.address = address;
        if (address instanceof ServiceAddress.Socket s) {
            family = s.address().family();
        }
    }

    String groupName() {
        return address instanceof ServiceAddress.Group g ? g.name() : null;
    }

    /** Whether keepalived treats it as a fwmark service (a mark of 0 counts as none there). */
    boolean isFwmark() {
        return address instanceof ServiceAddress.Fwmark f && f.mark() != 0;
    }

    String name() {
        return ServiceNames.virtualServer(address, protocol);
    }

    /** keepalived's vs->vsgname in "(%s) ... already specified" messages: "(null)" outside groups. */
    String groupLabel() {
        String g = groupName();
        return g == null ? "(null)" : g;
    }

    int port() {
        return address instanceof ServiceAddress.Socket s ? s.port() : 0;
    }
}
