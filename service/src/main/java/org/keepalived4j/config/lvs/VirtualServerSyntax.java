package org.keepalived4j.config.lvs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * The keywords of {@code virtual_server} and {@code real_server} blocks, exactly keepalived
 * 2.2.7's set, with its messages. Problems found while a line is read are reported at that line;
 * those found when a block closes, at its closing brace.
 */
final class VirtualServerSyntax {

    /** The schedulers keepalived 2.2.7 accepts. */
    static final Set<String> SCHEDULERS = Set.of("rr", "wrr", "lc", "wlc", "lblc", "sh", "mh", "dh", "fo", "ovf",
            "lblcr", "sed", "nq", "twos");
    static final long LVS_MAX_TIMEOUT = 86400L * 31;
    static final long DEFAULT_PERSISTENCE = 360;
    private static final int PE_NAME_MAX = 15;

    /** What a real server's lines are read into. */
    record RealServerTarget(VirtualServerDraft vs, RealServerDraft rs) {
    }

    private static final KeywordTable<VirtualServerDraft> VS = virtualServerTable();
    private static final KeywordTable<RealServerTarget> RS = realServerTable();

    private VirtualServerSyntax() {
    }

    /** {@code virtual_server IP [PORT] | fwmark N | group NAME { ... }}; null if keepalived skips it. */
    static VirtualServerDraft read(Directive d, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        Optional<String> first = Words.required(d, 1, diag);
        if (first.isEmpty()) {
            return null;
        }
        ServiceAddress address;
        if (first.get().equals("group")) {
            Optional<String> name = Words.required(d, 2, diag);
            if (name.isEmpty()) {
                return null;
            }
            address = new ServiceAddress.Group(name.get(), 0);
        } else if (first.get().equals("fwmark")) {
            Optional<String> mark = Words.required(d, 2, diag);
            if (mark.isEmpty()) {
                return null;
            }
            var n = KeepalivedNumbers.readUnsigned(mark.get(), 0, KeepalivedNumbers.UINT_MAX, d.pos(), diag);
            if (n.isEmpty()) {
                diag.error(d.pos(), "virtual server fwmark '" + mark.get() + "' must be in [0, "
                        + KeepalivedNumbers.UINT_MAX + "] - ignoring");
                return null;
            }
            address = new ServiceAddress.Fwmark(n.getAsLong());
        } else {
            String port = Endpoint.nonZeroPort(d.arg(1));
            Optional<Endpoint> e = Endpoint.parse(first.get(), port, d.pos(), diag);
            if (e.isEmpty()) {
                diag.error(d.pos(), "Invalid virtual server IP address" + (port != null ? "/port" : "") + " "
                        + first.get() + (port != null ? "/" + port : "") + " - skipping");
                return null;
            }
            address = new ServiceAddress.Socket(e.get().address(), e.get().port());
        }
        VirtualServerDraft vs = new VirtualServerDraft(d.pos(), address);
        vs.end = d.end();
        VS.applyAll(d.children(), vs, ctx);
        closeVirtualServer(vs, ctx);
        return vs;
    }

    /** keepalived's vs_end_handler: settles the address family from the sorry and real servers. */
    private static void closeVirtualServer(VirtualServerDraft vs, ParseContext ctx) {
        RealServerDraft sorry = vs.sorry;
        if (sorry != null && !isTunnel(sorry.forwarding)) {
            if (vs.family == null) {
                vs.family = sorry.address.family();
            } else if (vs.family != sorry.address.family()) {
                ctx.diagnostics().error(vs.end, "Address family of virtual server and sorry server " + sorry.address
                        + " don't match - skipping sorry server.");
                vs.sorry = null;
            }
        }
        if (vs.family == null && vs.groupName() == null) {
            // a fwmark service whose servers are all tunnelled: one family if they agree, else IPv4
            IpAddress.Family f = vs.sorry != null ? vs.sorry.address.family() : null;
            boolean mixed = false;
            for (RealServerDraft rs : vs.realServers) {
                if (f == null) {
                    f = rs.address.family();
                } else if (f != rs.address.family()) {
                    mixed = true;
                    break;
                }
            }
            vs.family = mixed || f == null ? IpAddress.Family.INET : f;
        }
    }

    static boolean isTunnel(Forwarding f) {
        return f != null && f.method() == Forwarding.Method.TUN;
    }

    private static KeywordTable<VirtualServerDraft> virtualServerTable() {
        KeywordTable<VirtualServerDraft> t = new KeywordTable<>("virtual_server");
        t.on("ip_family", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            IpAddress.Family af = switch (w) {
                case "inet" -> IpAddress.Family.INET;
                case "inet6" -> IpAddress.Family.INET6;
                default -> null;
            };
            if (af == null) {
                ctx.diagnostics().error(d.pos(), "unknown address family " + w);
            } else if (vs.family != null && vs.family != af) {
                ctx.diagnostics().error(d.pos(), "Virtual server specified family " + w + " conflicts with server family");
            } else {
                vs.family = af;
            }
        }));
        t.on("retry", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 1, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> vs.retry = v,
                                () -> ctx.diagnostics().error(d.pos(), "retry value invalid - " + w))));
        t.on("delay_before_retry", (d, vs, ctx) -> timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "virtual server delay before retry '%s' invalid - ignoring").ifPresent(v -> vs.delayBeforeRetry = v));
        t.on("warmup", (d, vs, ctx) -> timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "virtual server warmup '%s' invalid - ignoring").ifPresent(v -> vs.warmup = v));
        t.on("connect_timeout", (d, vs, ctx) -> timer(d, ctx, 1, KeepalivedNumbers.UINT_MAX,
                "virtual server connect_timeout %s invalid - ignoring").ifPresent(v -> vs.connectTimeout = v));
        t.on("delay_loop", (d, vs, ctx) -> timer(d, ctx, 1, KeepalivedNumbers.TIMER_MAX,
                "virtual server delay loop '%s' invalid - ignoring").ifPresent(v -> vs.delayLoop = v));
        // keepalived 2.2.7 reads no value here: any inhibit_on_failure line turns it on
        t.on("inhibit_on_failure", (d, vs, ctx) -> vs.inhibit = true);
        t.on("lb_algo", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            if (SCHEDULERS.contains(w)) {
                vs.scheduler = w;
            } else {
                ctx.diagnostics().error(d.pos(), "Invalid lvs_scheduler '" + w + "' - ignoring");
            }
        }));
        t.alias("lvs_sched", "lb_algo");
        for (String flag : List.of("hashed", "ops", "flag-1", "flag-2", "flag-3", "sh-port", "sh-fallback", "mh-port",
                "mh-fallback")) {
            t.on(flag, VirtualServerSyntax::serviceFlag);
        }
        t.on("lb_kind", (d, vs, ctx) -> ForwardingSyntax.read(d, vs.forwarding, "virtual", ctx.diagnostics())
                .ifPresent(f -> vs.forwarding = f));
        t.alias("lvs_method", "lb_kind");
        t.on("persistence_engine", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            if (w.length() > PE_NAME_MAX) {
                ctx.diagnostics().error(d.pos(), "persistence_name too long, truncating - " + w);
            }
            vs.persistenceEngine = w.length() > PE_NAME_MAX ? w.substring(0, PE_NAME_MAX) : w;
        }));
        t.on("persistence_timeout", (d, vs, ctx) -> {
            if (d.argCount() == 0) {
                vs.persistenceTimeout = DEFAULT_PERSISTENCE;
                return;
            }
            KeepalivedNumbers.readUnsigned(d.arg(0), 1, LVS_MAX_TIMEOUT, d.pos(), ctx.diagnostics())
                    .ifPresentOrElse(v -> vs.persistenceTimeout = v,
                            () -> ctx.diagnostics().error(d.pos(), "persistence_timeout invalid"));
        });
        t.on("persistence_granularity", VirtualServerSyntax::persistenceGranularity);
        t.on("protocol", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            switch (w.toUpperCase(Locale.ROOT)) {
                case "TCP" -> vs.protocol = Protocol.TCP;
                case "UDP" -> vs.protocol = Protocol.UDP;
                case "SCTP" -> vs.protocol = Protocol.SCTP;
                default -> ctx.diagnostics().error(d.pos(), "Unknown protocol " + w + " - ignoring");
            }
        }));
        t.on("ha_suspend", (d, vs, ctx) -> vs.haSuspend = true);
        t.on("smtp_alert", (d, vs, ctx) -> Words.optionalSwitch(d, "Invalid virtual_server smtp_alert parameter",
                ctx.diagnostics()).ifPresent(v -> vs.smtpAlert = v));
        t.on("virtualhost", (d, vs, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "virtual server virtualhost missing");
            } else {
                vs.virtualhost = Words.value(d);
            }
        });
        t.on("snmp_name", (d, vs, ctx) -> {
            if (d.argCount() != 1) {
                ctx.diagnostics().error(d.pos(), "virtual server snmp_name missing or extra parameters");
            } else {
                vs.snmpName = d.arg(0);
            }
        });
        t.on("alpha", (d, vs, ctx) -> vs.alpha = true);
        t.on("omega", (d, vs, ctx) -> vs.omega = true);
        t.on("quorum_up", (d, vs, ctx) -> {
            if (vs.quorumUp != null) {
                alreadySpecified(d, vs, "quorum_up", ctx);
            } else {
                ScriptSyntax.read(d, ctx).ifPresent(s -> vs.quorumUp = s);
            }
        });
        t.on("quorum_down", (d, vs, ctx) -> {
            if (vs.quorumDown != null) {
                alreadySpecified(d, vs, "quorum_down", ctx);
            } else {
                ScriptSyntax.read(d, ctx).ifPresent(s -> vs.quorumDown = s);
            }
        });
        t.on("quorum", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                vs.quorum = KeepalivedNumbers.readUnsigned(w, 1, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                        .orElseGet(() -> {
                            ctx.diagnostics().error(d.pos(), "Quorum " + w + " must be in [1, "
                                    + KeepalivedNumbers.UINT_MAX + "]. Setting to 1.");
                            return 1;
                        })));
        t.on("hysteresis", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> vs.hysteresis = v, () -> ctx.diagnostics().error(d.pos(),
                                "Hysteresis " + w + " must be in [0, " + KeepalivedNumbers.UINT_MAX + "] - ignoring"))));
        t.on("weight", (d, vs, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 1, KeepalivedNumbers.INT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> vs.weight = v, () -> ctx.diagnostics().error(d.pos(),
                                "Virtual server weight " + w + " is outside range 1-" + KeepalivedNumbers.INT_MAX))));
        t.on("sorry_server", VirtualServerSyntax::sorryServer);
        t.on("sorry_server_inhibit", (d, vs, ctx) -> {
            if (vs.sorry != null) {
                vs.sorry.inhibit = true;
            } else {
                ctx.diagnostics().error(d.pos(), "Ignoring sorry_server inhibit used before or without sorry_server");
            }
        });
        t.on("sorry_server_lvs_method", (d, vs, ctx) -> {
            if (vs.sorry != null) {
                ForwardingSyntax.read(d, vs.sorry.forwarding, "sorry", ctx.diagnostics())
                        .ifPresent(f -> vs.sorry.forwarding = f);
            } else {
                ctx.diagnostics().error(d.pos(), "sorry_server forwarding used without sorry_server");
            }
        });
        t.on("real_server", VirtualServerSyntax::realServer);
        return t;
    }

    static Optional<java.time.Duration> timer(Directive d, ParseContext ctx, long min, long max, String message) {
        Optional<String> w = Words.required(d, 1, ctx.diagnostics());
        if (w.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.time.Duration> v = KeepalivedNumbers.readTimer(w.get(), min, max, d.pos(), ctx.diagnostics());
        if (v.isEmpty()) {
            ctx.diagnostics().error(d.pos(), String.format(message, w.get()));
        }
        return v;
    }

    private static void alreadySpecified(Directive d, VirtualServerDraft vs, String what, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> ctx.diagnostics().error(d.pos(),
                "(" + vs.groupLabel() + ") " + what + " script already specified - ignoring " + w));
    }

    /**
     * The scheduler flags. keepalived 2.2.7 sets {@code sh-*}/{@code mh-*} only when the matching
     * scheduler was already chosen, and never sets {@code hashed}: it falls through to the
     * "only applies to sh scheduler" message unless the scheduler is sh or mh.
     */
    private static void serviceFlag(Directive d, VirtualServerDraft vs, ParseContext ctx) {
        String f = d.keyword();
        String sched = vs.scheduler == null ? "" : vs.scheduler;
        switch (f) {
            case "ops" -> vs.onePacket = true;
            case "flag-1" -> vs.sched1 = true;
            case "flag-2" -> vs.sched2 = true;
            case "flag-3" -> vs.sched3 = true;
            default -> {
                if (sched.equals("sh")) {
                    if (f.equals("sh-port")) {
                        vs.sched2 = true;
                    } else if (f.equals("sh-fallback")) {
                        vs.sched1 = true;
                    }
                } else if (sched.equals("mh")) {
                    if (f.equals("mh-port")) {
                        vs.sched2 = true;
                    } else if (f.equals("mh-fallback")) {
                        vs.sched1 = true;
                    }
                } else {
                    ctx.diagnostics().error(d.pos(), f + " only applies to sh scheduler - ignoring");
                }
            }
        }
    }

    private static void persistenceGranularity(Directive d, VirtualServerDraft vs, ParseContext ctx) {
        Optional<String> w = Words.required(d, 1, ctx.diagnostics());
        if (w.isEmpty()) {
            return;
        }
        IpAddress.Family af = vs.family != null ? vs.family
                : w.get().indexOf('.') >= 0 ? IpAddress.Family.INET : IpAddress.Family.INET6;
        if (af == IpAddress.Family.INET6) {
            var bits = KeepalivedNumbers.readUnsigned(w.get(), 1, 128, d.pos(), ctx.diagnostics());
            if (bits.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Invalid IPv6 persistence_granularity specified - " + w.get());
                return;
            }
            vs.granularity = new PersistenceGranularity.PrefixLength((int) bits.getAsLong());
        } else {
            Optional<IpAddress> mask = InetAton.parse(w.get());
            if (mask.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Invalid IPv4 persistence_granularity specified - " + w.get());
                return;
            }
            vs.granularity = new PersistenceGranularity.Netmask(mask.get());
        }
        if (vs.family == null) {
            vs.family = af;
        }
        if (vs.persistenceTimeout == 0) {
            vs.persistenceTimeout = DEFAULT_PERSISTENCE;
        }
    }

    private static void sorryServer(Directive d, VirtualServerDraft vs, ParseContext ctx) {
        Optional<String> ip = Words.required(d, 1, ctx.diagnostics());
        if (ip.isEmpty()) {
            return;
        }
        Optional<Endpoint> e = Endpoint.parse(ip.get(), Endpoint.nonZeroPort(d.arg(1)), d.pos(), ctx.diagnostics());
        if (e.isEmpty()) {
            ctx.diagnostics().error(d.pos(), "Invalid sorry server IP address " + ip.get() + " - skipping");
            return;
        }
        vs.sorry = new RealServerDraft(d.pos(), e.get().address(), e.get().port(), vs.forwarding);
    }

    private static void realServer(Directive d, VirtualServerDraft vs, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        Optional<String> ip = Words.required(d, 1, diag);
        if (ip.isEmpty()) {
            return;
        }
        String port = d.arg(1);
        Optional<Endpoint> e = Endpoint.parse(ip.get(), Endpoint.nonZeroPort(port), d.pos(), diag);
        if (e.isEmpty()) {
            diag.error(d.pos(), "Invalid real server ip address/port " + ip.get() + "/" + (port == null ? "(null)" : port)
                    + " - skipping");
            return;
        }
        if (!d.hasBlock()) {
            diag.report(ConfigErrorKind.MISSING_BOB, d.pos(), "Missing '{' at beginning of configuration block");
        }
        RealServerDraft rs = new RealServerDraft(d.pos(), e.get().address(), e.get().port(), vs.forwarding);
        rs.end = d.end();
        vs.realServers.add(rs);
        RS.applyAll(d.children(), new RealServerTarget(vs, rs), ctx);
        // rs_end_handler: real servers that are not tunnelled must share the service's family
        if (!isTunnel(rs.forwarding)) {
            if (vs.family == null) {
                vs.family = rs.address.family();
            } else if (vs.family != rs.address.family()) {
                diag.error(rs.end, "Address family of virtual server and real server " + rs.address
                        + " don't match - skipping real server.");
                vs.realServers.remove(rs);
            }
        }
    }

    private static KeywordTable<RealServerTarget> realServerTable() {
        KeywordTable<RealServerTarget> t = new KeywordTable<>("real_server");
        t.on("weight", (d, r, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.INT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> r.rs().weight = v, () -> ctx.diagnostics().error(d.pos(),
                                "Real server weight " + w + " is outside range 0-" + KeepalivedNumbers.INT_MAX))));
        t.on("lvs_method", (d, r, ctx) -> ForwardingSyntax.read(d, r.rs().forwarding, "real", ctx.diagnostics())
                .ifPresent(f -> r.rs().forwarding = f));
        t.on("uthreshold", (d, r, ctx) -> threshold(d, ctx, "uthreshold").ifPresent(v -> r.rs().upperThreshold = v));
        t.on("lthreshold", (d, r, ctx) -> threshold(d, ctx, "lthreshold").ifPresent(v -> r.rs().lowerThreshold = v));
        t.on("inhibit_on_failure", (d, r, ctx) -> Words.optionalSwitch(d, "Invalid inhibit_on_failure parameter",
                ctx.diagnostics()).ifPresent(v -> r.rs().inhibit = v));
        t.on("notify_up", (d, r, ctx) -> {
            if (r.rs().notifyUp != null) {
                alreadySpecified(d, r.vs(), "notify_up", ctx);
            } else {
                ScriptSyntax.read(d, ctx).ifPresent(s -> r.rs().notifyUp = s);
            }
        });
        t.on("notify_down", (d, r, ctx) -> {
            if (r.rs().notifyDown != null) {
                alreadySpecified(d, r.vs(), "notify_down", ctx);
            } else {
                ScriptSyntax.read(d, ctx).ifPresent(s -> r.rs().notifyDown = s);
            }
        });
        t.on("alpha", (d, r, ctx) -> Words.optionalSwitch(d, "Invalid alpha parameter", ctx.diagnostics())
                .ifPresent(v -> r.rs().alpha = v));
        t.on("retry", (d, r, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 1, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> r.rs().retry = v,
                                () -> ctx.diagnostics().error(d.pos(), "retry value invalid - " + w))));
        t.on("delay_before_retry", (d, r, ctx) -> timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "real server delay_before_retry '%s' invalid - ignoring").ifPresent(v -> r.rs().delayBeforeRetry = v));
        t.on("warmup", (d, r, ctx) -> timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "real server warmup '%s' invalid - ignoring").ifPresent(v -> r.rs().warmup = v));
        t.on("connect_timeout", (d, r, ctx) -> timer(d, ctx, 1, KeepalivedNumbers.UINT_MAX,
                "real server connect_timeout %s invalid - ignoring").ifPresent(v -> r.rs().connectTimeout = v));
        t.on("delay_loop", (d, r, ctx) -> timer(d, ctx, 1, KeepalivedNumbers.TIMER_MAX,
                "real server delay_loop '%s' invalid - ignoring").ifPresent(v -> r.rs().delayLoop = v));
        t.on("smtp_alert", (d, r, ctx) -> Words.optionalSwitch(d, "Invalid real_server smtp_alert parameter",
                ctx.diagnostics()).ifPresent(v -> r.rs().smtpAlert = v));
        t.on("virtualhost", (d, r, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "real server virtualhost missing");
            } else {
                r.rs().virtualhost = Words.value(d);
            }
        });
        t.on("snmp_name", (d, r, ctx) -> {
            if (d.argCount() != 1) {
                ctx.diagnostics().error(d.pos(), "real server snmp_name missing or extra parameters");
            } else {
                r.rs().snmpName = d.arg(0);
            }
        });
        for (CheckerDraft.Kind k : CheckerDraft.Kind.values()) {
            t.on(k.keyword, (d, r, ctx) -> CheckerSyntax.read(k, d, r.vs(), r.rs(), ctx));
        }
        return t;
    }

    private static java.util.OptionalLong threshold(Directive d, ParseContext ctx, String which) {
        Optional<String> w = Words.required(d, 1, ctx.diagnostics());
        if (w.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        var v = KeepalivedNumbers.readUnsigned(w.get(), 0, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics());
        if (v.isEmpty()) {
            ctx.diagnostics().error(d.pos(), "Invalid real_server " + which + " '" + w.get() + "' - ignoring");
        }
        return v;
    }
}
