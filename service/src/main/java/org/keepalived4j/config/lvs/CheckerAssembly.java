package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a checker draft into its model, inheriting as keepalived does: alpha from the real
 * server; retry, connect_timeout, delay_loop, warmup and delay_before_retry from the checker,
 * else the real server (which already inherited from its virtual server), else the kind's
 * default (warmup: the checker's delay_loop; a zero default delay_before_retry: the delay_loop).
 */
final class CheckerAssembly {

    private CheckerAssembly() {
    }

    static List<Checker> checkers(CheckerDraft c, RealServerDraft rs, VirtualServerDraft vs) {
        boolean alpha = c.alpha != null ? c.alpha : rs.alpha;
        return switch (c.kind) {
            case FILE_CHECK -> List.of(new Checker.File(c.pos, c.trackFiles.get(0).name(),
                    c.fileWeight == null ? OptionalInt.empty() : OptionalInt.of(c.fileWeight), c.fileReverse));
            case BFD_CHECK -> List.of(new Checker.Bfd(c.pos, c.bfdName, alpha));
            default -> network(c, rs, timing(c, rs, alpha));
        };
    }

    private static CheckTiming timing(CheckerDraft c, RealServerDraft rs, boolean alpha) {
        long retry = c.retry != null ? c.retry : rs.retry != null ? rs.retry : c.kind.defaultRetry;
        Duration delayLoop = c.delayLoop != null ? c.delayLoop : rs.delayLoop;
        Duration warmup = c.warmup != null ? c.warmup : rs.warmup != null ? rs.warmup : delayLoop;
        Duration delayBeforeRetry = c.delayBeforeRetry != null ? c.delayBeforeRetry
                : rs.delayBeforeRetry != null ? rs.delayBeforeRetry
                : !c.kind.defaultDelayBeforeRetry.isZero() ? c.kind.defaultDelayBeforeRetry : delayLoop;
        return new CheckTiming(alpha, retry, delayBeforeRetry, warmup, delayLoop, c.logAllFailures);
    }

    private static CheckConnection connection(CheckerDraft.Connection co, RealServerDraft rs) {
        return new CheckConnection(co.address, co.port, Optional.ofNullable(co.bindTo), co.bindPort,
                Optional.ofNullable(co.bindInterface), co.fwmark,
                co.connectTimeout != null ? co.connectTimeout : rs.connectTimeout);
    }

    private static List<Checker> network(CheckerDraft c, RealServerDraft rs, CheckTiming t) {
        return switch (c.kind) {
            case HTTP_GET, SSL_GET -> List.of(new Checker.HttpGet(c.pos, c.kind == CheckerDraft.Kind.SSL_GET, t,
                    connection(c.connection, rs), c.httpVersion, Optional.ofNullable(c.virtualhost), c.enableSni,
                    c.fastRecovery, urls(c)));
            case TCP_CHECK -> List.of(new Checker.Tcp(c.pos, t, connection(c.connection, rs)));
            case PING_CHECK -> List.of(new Checker.Ping(c.pos, t, connection(c.connection, rs)));
            case DNS_CHECK -> List.of(new Checker.Dns(c.pos, t, connection(c.connection, rs), c.dnsType,
                    c.dnsName == null ? "." : c.dnsName));
            case UDP_CHECK -> List.of(new Checker.Udp(c.pos, t, connection(c.connection, rs), Optional.ofNullable(c.payload),
                    c.requireReply, Optional.ofNullable(c.replyPattern), c.minReplyLength, c.maxReplyLength));
            case MISC_CHECK -> List.of(new Checker.Misc(c.pos, t, c.script, Optional.ofNullable(c.miscTimeout)
                    .filter(d -> !d.isZero()), c.miscDynamic));
            case SMTP_CHECK -> smtp(c, rs, t);
            default -> throw new IllegalStateException("not a network checker: " + c.kind);
        };
    }

    /**
     * One SMTP checker per host: its own address when connection options were written outside any
     * host block (or when there is no host block), then one per host block.
     */
    private static List<Checker> smtp(CheckerDraft c, RealServerDraft rs, CheckTiming t) {
        List<CheckerDraft.Connection> hosts = new ArrayList<>();
        if (c.connection.configured || c.hosts.isEmpty()) {
            hosts.add(c.connection);
        }
        hosts.addAll(c.hosts);
        List<Checker> out = new ArrayList<>();
        for (CheckerDraft.Connection h : hosts) {
            out.add(new Checker.Smtp(c.pos, t, connection(h, rs), c.heloName));
        }
        return out;
    }

    private static List<Checker.Url> urls(CheckerDraft c) {
        List<Checker.Url> out = new ArrayList<>();
        for (CheckerDraft.UrlDraft u : c.urls) {
            List<Checker.StatusRange> ranges = new ArrayList<>();
            for (int s = StatusCodeText.MIN; s <= StatusCodeText.MAX; s++) {
                if (!u.status[s]) {
                    continue;
                }
                int from = s;
                while (s + 1 <= StatusCodeText.MAX && u.status[s + 1]) {
                    s++;
                }
                ranges.add(new Checker.StatusRange(from, s));
            }
            Optional<Checker.UrlRegex> regex = Optional.ofNullable(u.regex).map(p -> new Checker.UrlRegex(p,
                    u.regexOptions, u.regexNoMatch, u.regexMinOffset,
                    u.regexMaxOffset == 0 ? Optional.empty() : Optional.of(u.regexMaxOffset - 1),
                    u.regexStack == null ? Optional.empty()
                            : Optional.of(new Checker.RegexStack(u.regexStack[0], u.regexStack[1]))));
            out.add(new Checker.Url(u.path, Optional.ofNullable(u.digest), ranges, Optional.ofNullable(u.virtualhost),
                    regex));
        }
        return out;
    }
}
