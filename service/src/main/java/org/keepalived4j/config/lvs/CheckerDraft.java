package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

/**
 * A checker while its block is read. One class for every kind keeps the common options in one
 * place; the kind-specific fields stay null for the other kinds.
 */
final class CheckerDraft {

    enum Kind {
        HTTP_GET("HTTP_GET", true, 1, Duration.ofSeconds(3)),
        SSL_GET("SSL_GET", true, 1, Duration.ofSeconds(3)),
        TCP_CHECK("TCP_CHECK", true, 1, Duration.ofSeconds(1)),
        SMTP_CHECK("SMTP_CHECK", true, 1, Duration.ofSeconds(1)),
        DNS_CHECK("DNS_CHECK", true, 3, Duration.ZERO),
        MISC_CHECK("MISC_CHECK", false, 0, Duration.ofSeconds(1)),
        UDP_CHECK("UDP_CHECK", true, 1, Duration.ofSeconds(1)),
        PING_CHECK("PING_CHECK", true, 1, Duration.ofSeconds(1)),
        FILE_CHECK("FILE_CHECK", false, 0, Duration.ZERO),
        BFD_CHECK("BFD_CHECK", false, 0, Duration.ZERO);

        final String keyword;
        final boolean network;
        final long defaultRetry;
        /** Zero: the checker's delay_loop. */
        final Duration defaultDelayBeforeRetry;

        Kind(String keyword, boolean network, long defaultRetry, Duration defaultDelayBeforeRetry) {
            this.keyword = keyword;
            this.network = network;
            this.defaultRetry = defaultRetry;
            this.defaultDelayBeforeRetry = defaultDelayBeforeRetry;
        }
    }

    /** connect_ip & co. {@code port} -1 = not set by connect_port. */
    static final class Connection {
        IpAddress address;
        int port;
        IpAddress bindTo;
        int bindPort;
        String bindInterface;
        long fwmark;
        Duration connectTimeout;
        /** Whether any option was written (an SMTP_CHECK then checks its own address too). */
        boolean configured;

        Connection(IpAddress address, int port) {
            this.address = address;
            this.port = port;
        }

        Connection copy() {
            Connection c = new Connection(address, port);
            c.bindTo = bindTo;
            c.bindPort = bindPort;
            c.bindInterface = bindInterface;
            c.fwmark = fwmark;
            c.connectTimeout = connectTimeout;
            return c;
        }
    }

    static final class UrlDraft {
        final SourcePos pos;
        String path;
        String digest;
        final boolean[] status = new boolean[600];
        boolean anyStatus;
        String virtualhost;
        String regex;
        final List<String> regexOptions = new ArrayList<>();
        boolean regexNoMatch;
        long regexMinOffset;
        /** One beyond the last allowed start, 0 = unlimited (keepalived's representation). */
        long regexMaxOffset;
        long[] regexStack;

        UrlDraft(SourcePos pos) {
            this.pos = pos;
        }
    }

    final Kind kind;
    final SourcePos pos;
    SourcePos end;
    /** Set when keepalived drops the checker while reading it; its later lines are then ignored. */
    boolean removed;
    Boolean alpha;
    Long retry;
    Duration delayLoop;
    Duration warmup;
    Duration delayBeforeRetry;
    boolean logAllFailures;
    Connection connection;
    /** SMTP host{} blocks: each becomes a checker of its own. */
    final List<Connection> hosts = new ArrayList<>();

    // HTTP_GET / SSL_GET
    Checker.HttpVersion httpVersion = Checker.HttpVersion.HTTP_1_0;
    String virtualhost;
    boolean enableSni;
    boolean fastRecovery;
    final List<UrlDraft> urls = new ArrayList<>();
    // SMTP_CHECK
    String heloName;
    // DNS_CHECK
    Checker.DnsType dnsType = Checker.DnsType.SOA;
    String dnsName;
    // MISC_CHECK
    ScriptCommand script;
    boolean scriptUserSet;
    /** A {@code user} line read before {@code misc_path}. */
    String pendingUser;
    String pendingGroup;
    Duration miscTimeout;
    boolean miscDynamic;
    // UDP_CHECK
    Checker.HexPattern payload;
    boolean requireReply;
    Checker.HexPattern replyPattern;
    int minReplyLength;
    int maxReplyLength = 255;
    // FILE_CHECK
    final List<TrackFileRef> trackFiles = new ArrayList<>();
    Integer fileWeight;
    boolean fileReverse;
    // BFD_CHECK
    String bfdName;
    SourcePos bfdNamePos;
    /** The real server's name as keepalived formats it when the checker is read. */
    String realServerName;

    CheckerDraft(Kind kind, SourcePos pos) {
        this.kind = kind;
        this.pos = pos;
        this.end = pos;
    }

    /** A {@code track_file NAME} line; keepalived resolves the name when it reads the line. */
    record TrackFileRef(SourcePos pos, String name) {
    }
}
