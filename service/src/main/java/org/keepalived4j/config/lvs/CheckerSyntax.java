package org.keepalived4j.config.lvs;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.text.EscapedWords;

/**
 * The checker blocks of a real server, each kind with exactly the keywords keepalived 2.2.7
 * accepts in it: the common ones ({@code retry}, {@code delay_before_retry}, {@code warmup},
 * {@code delay_loop}, {@code alpha}, {@code log_all_failures}), the connection ones for network
 * checkers, and the kind's own.
 */
final class CheckerSyntax {

    /** What a checker's lines are read into. */
    record Target(VirtualServerDraft vs, RealServerDraft rs, CheckerDraft checker) {
    }

    /** What an SMTP host{} block's lines are read into. */
    record HostTarget(CheckerDraft checker, CheckerDraft.Connection connection) {
    }

    private static final int IFNAMSIZ = 16;
    private static final int BFD_NAME_MAX = 32;
    private static final Set<String> REGEX_OPTIONS = Set.of("allow_empty_class", "alt_bsux", "auto_callout",
            "caseless", "dollar_endonly", "dotall", "dupnames", "extended", "firstline", "match_unset_backref",
            "multiline", "never_ucp", "never_utf", "no_auto_capture", "no_auto_possess", "no_dotstar_anchor",
            "no_start_optimize", "ucp", "ungreedy", "utf", "never_backslash_c", "alt_circumflex", "alt_verbnames",
            "use_offset_limit");

    private static final java.util.Map<CheckerDraft.Kind, KeywordTable<Target>> TABLES = tables();
    private static final KeywordTable<CheckerDraft.UrlDraft> URL = urlTable();
    private static final KeywordTable<HostTarget> HOST = hostTable();

    private CheckerSyntax() {
    }

    static void read(CheckerDraft.Kind kind, Directive d, VirtualServerDraft vs, RealServerDraft rs, ParseContext ctx) {
        Diagnostics diag = ctx.diagnostics();
        if (!d.hasBlock()) {
            diag.report(ConfigErrorKind.MISSING_BOB, d.pos(), "Missing '{' at beginning of configuration block");
        }
        CheckerDraft c = new CheckerDraft(kind, d.pos());
        c.end = d.end();
        c.realServerName = rs.name(vs.protocol);
        if (kind.network) {
            c.connection = new CheckerDraft.Connection(rs.address, rs.port);
        }
        rs.checkers.add(c);
        TABLES.get(kind).applyAll(d.children(), new Target(vs, rs, c), ctx);
        close(c, rs, diag);
    }

    /** The end-of-block checks keepalived makes when the checker's closing brace is read. */
    private static void close(CheckerDraft c, RealServerDraft rs, Diagnostics diag) {
        if (c.removed) {
            return;
        }
        switch (c.kind) {
            case HTTP_GET, SSL_GET -> {
                if (c.urls.isEmpty()) {
                    diag.error(c.end, "HTTP/SSL_GET checker has no urls specified - ignoring");
                    c.removed = true;
                } else if (!linkLocalHasInterface(c.connection, c.end, diag)) {
                    c.removed = true;
                }
            }
            case SMTP_CHECK -> {
                if (c.heloName == null) {
                    c.heloName = Checker.Smtp.DEFAULT_HELO;
                }
                if (c.connection.configured && !linkLocalHasInterface(c.connection, c.end, diag)) {
                    c.removed = true;
                }
            }
            case TCP_CHECK, DNS_CHECK, PING_CHECK -> {
                if (!linkLocalHasInterface(c.connection, c.end, diag)) {
                    c.removed = true;
                }
            }
            case UDP_CHECK -> {
                if (!linkLocalHasInterface(c.connection, c.end, diag)) {
                    c.removed = true;
                } else if (c.minReplyLength > c.maxReplyLength) {
                    diag.error(c.end, "UDP_CHECK min_reply length " + c.minReplyLength + " > max_reply_length "
                            + c.maxReplyLength + " - will always fail");
                }
            }
            case MISC_CHECK -> {
                if (c.script == null) {
                    diag.error(c.end, "No script path has been specified for MISC_CHECKER - skipping");
                    c.removed = true;
                }
            }
            case BFD_CHECK -> {
                if (c.bfdName == null) {
                    diag.error(c.end, "(" + c.realServerName + ") No name has been specified for BFD_CHECKER - skipping");
                    c.removed = true;
                }
            }
            case FILE_CHECK -> {
                // resolved with the track files when the configuration is built
            }
        }
        if (c.removed) {
            rs.checkers.remove(c);
        }
    }

    /** check_conn_opts(): an IPv6 link-local target needs an interface. */
    static boolean linkLocalHasInterface(CheckerDraft.Connection co, org.keepalived4j.config.SourcePos at, Diagnostics diag) {
        if (!co.address.isV4() && co.address.isLinkLocal() && co.bindInterface == null) {
            diag.error(at, "Checker link local address " + co.address + " requires a bind_if");
            return false;
        }
        return true;
    }

    @FunctionalInterface
    private interface Handler {
        void apply(Directive d, Target t, ParseContext ctx);
    }

    /** Lines after keepalived dropped the checker (bad MISC user, bad BFD name) change nothing. */
    private static void on(KeywordTable<Target> t, String keyword, Handler h) {
        t.on(keyword, (d, target, ctx) -> {
            if (!target.checker().removed) {
                h.apply(d, target, ctx);
            }
        });
    }

    private static java.util.Map<CheckerDraft.Kind, KeywordTable<Target>> tables() {
        java.util.Map<CheckerDraft.Kind, KeywordTable<Target>> m = new java.util.EnumMap<>(CheckerDraft.Kind.class);
        for (CheckerDraft.Kind k : CheckerDraft.Kind.values()) {
            KeywordTable<Target> t = new KeywordTable<>(k.keyword);
            switch (k) {
                case HTTP_GET, SSL_GET -> {
                    common(t, true);
                    http(t);
                }
                case TCP_CHECK, PING_CHECK -> common(t, true);
                case SMTP_CHECK -> {
                    on(t, "helo_name", (d, x, ctx) -> {
                        if (d.argCount() < 1) {
                            ctx.diagnostics().error(d.pos(), "SMTP_CHECK helo name missing");
                        } else {
                            x.checker().heloName = Words.value(d);
                        }
                    });
                    common(t, true);
                    on(t, "host", CheckerSyntax::smtpHost);
                }
                case DNS_CHECK -> {
                    common(t, true);
                    dns(t);
                }
                case MISC_CHECK -> {
                    common(t, false);
                    misc(t);
                }
                case UDP_CHECK -> {
                    common(t, true);
                    udp(t);
                }
                case FILE_CHECK -> file(t);
                case BFD_CHECK -> bfd(t);
            }
            m.put(k, t);
        }
        return m;
    }

    private static void common(KeywordTable<Target> t, boolean connection) {
        if (connection) {
            on(t, "connect_ip", (d, x, ctx) -> connectIp(d, x.checker().connection, ctx));
            on(t, "connect_port", (d, x, ctx) -> connectPort(d, x.checker().connection, ctx));
            on(t, "bindto", (d, x, ctx) -> bindTo(d, x.checker().connection, ctx));
            on(t, "bind_port", (d, x, ctx) -> bindPort(d, x.checker().connection, ctx));
            on(t, "bind_if", (d, x, ctx) -> bindIf(d, x.checker().connection, ctx));
            on(t, "connect_timeout", (d, x, ctx) -> connectTimeout(d, x.checker().connection, ctx));
            on(t, "fwmark", (d, x, ctx) -> fwmark(d, x.checker().connection, ctx));
        }
        on(t, "retry", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> x.checker().retry = v, () -> ctx.diagnostics().error(d.pos(),
                                "Invalid retry connection value '" + w + "'"))));
        on(t, "delay_before_retry", (d, x, ctx) -> VirtualServerSyntax.timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "Invalid delay_before_retry connection value '%s'").ifPresent(v -> x.checker().delayBeforeRetry = v));
        on(t, "warmup", (d, x, ctx) -> VirtualServerSyntax.timer(d, ctx, 0, KeepalivedNumbers.TIMER_MAX,
                "Invalid warmup connection value '%s'").ifPresent(v -> x.checker().warmup = v));
        on(t, "delay_loop", (d, x, ctx) -> VirtualServerSyntax.timer(d, ctx, 1, KeepalivedNumbers.TIMER_MAX,
                "delay_loop '%s' is invalid - ignoring").ifPresent(v -> x.checker().delayLoop = v));
        on(t, "alpha", (d, x, ctx) -> Words.optionalSwitch(d, "Invalid alpha parameter", ctx.diagnostics())
                .ifPresent(v -> x.checker().alpha = v));
        on(t, "log_all_failures", (d, x, ctx) -> Words.optionalSwitch(d, "Invalid log_all_failures parameter",
                ctx.diagnostics()).ifPresent(v -> x.checker().logAllFailures = v));
    }

    private static void connectIp(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            Optional<Endpoint> e = Endpoint.parse(w, null, d.pos(), ctx.diagnostics());
            if (e.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Invalid connect_ip address " + w + " - ignoring");
            } else if (co.bindTo != null && co.bindTo.family() != e.get().address().family()) {
                ctx.diagnostics().error(d.pos(), "connect_ip address " + w
                        + " does not match address family of bindto - skipping");
            } else {
                co.address = e.get().address();
            }
        });
    }

    private static void connectPort(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            KeepalivedNumbers.readUnsigned(w, 1, 65535, d.pos(), ctx.diagnostics()).ifPresentOrElse(
                    v -> co.port = (int) v,
                    () -> ctx.diagnostics().error(d.pos(), "Invalid checker connect_port '" + w + "'"));
        });
    }

    private static void bindTo(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            Optional<Endpoint> e = Endpoint.parse(w, null, d.pos(), ctx.diagnostics());
            if (e.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Invalid bindto address " + w + " - ignoring");
            } else if (co.address.family() != e.get().address().family()) {
                ctx.diagnostics().error(d.pos(), "bindto address " + w
                        + " does not match address family of connect_ip - skipping");
                co.bindTo = null;
            } else {
                co.bindTo = e.get().address();
            }
        });
    }

    private static void bindPort(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            KeepalivedNumbers.readUnsigned(w, 1, 65535, d.pos(), ctx.diagnostics()).ifPresentOrElse(
                    v -> co.bindPort = (int) v,
                    () -> ctx.diagnostics().error(d.pos(), "Invalid checker bind_port '" + w + "'"));
        });
    }

    private static void bindIf(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            if (w.length() > IFNAMSIZ - 1) {
                ctx.diagnostics().error(d.pos(), "Interface name " + w + " is too long - ignoring");
            } else {
                co.bindInterface = w;
            }
        });
    }

    private static void connectTimeout(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        co.configured = true;
        VirtualServerSyntax.timer(d, ctx, 1, KeepalivedNumbers.UINT_MAX, "connect_timeout %s invalid - ignoring")
                .ifPresent(v -> co.connectTimeout = v);
    }

    private static void fwmark(Directive d, CheckerDraft.Connection co, ParseContext ctx) {
        Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            co.configured = true;
            KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics()).ifPresentOrElse(
                    v -> co.fwmark = v,
                    () -> ctx.diagnostics().error(d.pos(), "Invalid fwmark connection value '" + w + "'"));
        });
    }

    private static void http(KeywordTable<Target> t) {
        on(t, "nb_get_retry", (d, x, ctx) -> {
            ctx.diagnostics().error(d.pos(), "nb_get_retry is deprecated - please use 'retry'");
            Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                    KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.UINT_MAX, d.pos(), ctx.diagnostics())
                            .ifPresentOrElse(v -> x.checker().retry = v, () -> ctx.diagnostics().error(d.pos(),
                                    "Invalid nb_get_retry value '" + w + "'")));
        });
        on(t, "virtualhost", (d, x, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "HTTP_GET virtualhost name missing");
            } else {
                x.checker().virtualhost = Words.value(d);
            }
        });
        on(t, "http_protocol", (d, x, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "Missing http_protocol version");
                return;
            }
            switch (d.arg(0)) {
                case "1.0" -> x.checker().httpVersion = Checker.HttpVersion.HTTP_1_0;
                case "1.1" -> x.checker().httpVersion = Checker.HttpVersion.HTTP_1_1;
                case "1.0C", "1.0c" -> x.checker().httpVersion = Checker.HttpVersion.HTTP_1_0C;
                default -> ctx.diagnostics().error(d.pos(), "Invalid http_protocol version " + d.arg(0));
            }
        });
        on(t, "enable_sni", (d, x, ctx) -> Words.optionalSwitch(d, "Invalid enable_sni parameter", ctx.diagnostics())
                .ifPresent(v -> x.checker().enableSni = v));
        on(t, "fast_recovery", (d, x, ctx) -> Words.optionalSwitch(d, "Invalid fast_recovery parameter",
                ctx.diagnostics()).ifPresent(v -> x.checker().fastRecovery = v));
        on(t, "url", (d, x, ctx) -> {
            if (!d.hasBlock()) {
                ctx.diagnostics().report(ConfigErrorKind.MISSING_BOB, d.pos(),
                        "Missing '{' at beginning of configuration block");
            }
            CheckerDraft.UrlDraft url = new CheckerDraft.UrlDraft(d.pos());
            URL.applyAll(d.children(), url, ctx);
            closeUrl(url, d, ctx);
            if (url.path != null) {
                x.checker().urls.add(url);
            }
        });
    }

    private static void closeUrl(CheckerDraft.UrlDraft url, Directive d, ParseContext ctx) {
        if (url.path == null) {
            ctx.diagnostics().error(d.end(), "HTTP/SSL_GET checker url has no path - ignoring");
            return;
        }
        if (!url.anyStatus) {
            for (int s = 200; s <= 299; s++) {
                url.status[s] = true;
            }
        }
        // keepalived only logs these
        if (url.regex == null && (!url.regexOptions.isEmpty() || url.regexNoMatch || url.regexMinOffset != 0
                || url.regexMaxOffset != 0 || url.regexStack != null)) {
            ctx.diagnostics().notice(d.end(), "regex parameters specified without regex");
            url.regexOptions.clear();
            url.regexNoMatch = false;
            url.regexMinOffset = 0;
            url.regexMaxOffset = 0;
            url.regexStack = null;
        }
        if (url.regexMaxOffset != 0 && url.regexMinOffset >= url.regexMaxOffset) {
            ctx.diagnostics().notice(d.end(), "regex min offset " + url.regexMinOffset + " > regex_max_offset "
                    + (url.regexMaxOffset - 1) + " - ignoring");
            url.regexMinOffset = 0;
            url.regexMaxOffset = 0;
        }
    }

    private static KeywordTable<CheckerDraft.UrlDraft> urlTable() {
        KeywordTable<CheckerDraft.UrlDraft> t = new KeywordTable<>("url");
        t.on("path", (d, u, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> u.path = Words.value(d)));
        t.on("digest", (d, u, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> digest(d, w, u, ctx)));
        t.on("status_code", (d, u, ctx) -> {
            for (String s : d.args()) {
                int[] range = StatusCodeText.parse(s);
                if (range == null) {
                    ctx.diagnostics().error(d.pos(), "Invalid HTTP_GET status code '" + s + "'");
                    continue;
                }
                for (int code = range[0]; code <= range[1]; code++) {
                    u.status[code] = true;
                }
                u.anyStatus = true;
            }
        });
        t.on("virtualhost", (d, u, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "Missing HTTP_GET virtualhost name");
            } else {
                u.virtualhost = Words.value(d);
            }
        });
        t.on("regex", (d, u, ctx) -> {
            if (d.argCount() != 1) {
                ctx.diagnostics().notice(d.pos(), "regex missing or too many fields");
            } else {
                u.regex = d.arg(0);
            }
        });
        t.on("regex_no_match", (d, u, ctx) -> u.regexNoMatch = true);
        t.on("regex_options", (d, u, ctx) -> {
            for (String o : d.args()) {
                if (REGEX_OPTIONS.contains(o) && !u.regexOptions.contains(o)) {
                    u.regexOptions.add(o);
                }
            }
        });
        t.on("regex_min_offset", (d, u, ctx) -> u.regexMinOffset = regexOffset(d, "min", ctx));
        t.on("regex_max_offset", (d, u, ctx) -> u.regexMaxOffset = regexOffset(d, "max", ctx) + 1);
        t.on("regex_stack", (d, u, ctx) -> {
            if (d.argCount() != 2) {
                ctx.diagnostics().notice(d.pos(), "regex_stack requires start and max values");
                return;
            }
            Long start = StatusCodeText.plainUnsigned(d.arg(0));
            if (start == null) {
                ctx.diagnostics().notice(d.pos(), "regex_stack invalid start value");
                return;
            }
            Long max = StatusCodeText.plainUnsigned(d.arg(1));
            if (max == null) {
                ctx.diagnostics().notice(d.pos(), "regex_stack invalid max value");
                return;
            }
            if (start > max) {
                ctx.diagnostics().notice(d.pos(), "regex stack start cannot exceed max value");
                return;
            }
            u.regexStack = new long[] {start, max};
        });
        return t;
    }

    private static long regexOffset(Directive d, String which, ParseContext ctx) {
        if (d.argCount() != 1) {
            ctx.diagnostics().notice(d.pos(), "Missing or too may options for regex_" + which + "_offset");
            return 0;
        }
        Long v = StatusCodeText.plainUnsigned(d.arg(0));
        if (v == null) {
            ctx.diagnostics().notice(d.pos(), "Invalid regex_" + which + "_offset " + d.arg(0) + " specified");
            return 0;
        }
        return v;
    }

    /** The digest is checked pair by pair from its end, as keepalived does, which decides the message. */
    private static void digest(Directive d, String w, CheckerDraft.UrlDraft u, ParseContext ctx) {
        if (u.digest != null) {
            ctx.diagnostics().error(d.pos(), "Digest '" + w + "' is a duplicate");
            return;
        }
        if (w.length() != 32) {
            ctx.diagnostics().error(d.pos(), "digest '" + w + "' character length should be 32 rather than " + w.length());
            return;
        }
        for (int i = 15; i >= 0; i--) {
            char a = w.charAt(2 * i);
            char b = w.charAt(2 * i + 1);
            if (Character.digit(a, 16) < 0 || Character.digit(b, 16) < 0) {
                ctx.diagnostics().error(d.pos(), "Unable to interpret hex digit in '" + w.substring(0, 2 * i + 2)
                        + "' at offset " + (2 * i) + "/" + (2 * i + 1));
                return;
            }
        }
        u.digest = w.toLowerCase(Locale.ROOT);
    }

    private static void smtpHost(Directive d, Target x, ParseContext ctx) {
        if (!d.hasBlock()) {
            ctx.diagnostics().report(ConfigErrorKind.MISSING_BOB, d.pos(), "Missing '{' at beginning of configuration block");
        }
        ctx.diagnostics().notice(d.pos(), "The SMTP_CHECK host block is deprecated. Please define additional checkers.");
        CheckerDraft.Connection co = x.checker().connection.copy();
        HOST.applyAll(d.children(), new HostTarget(x.checker(), co), ctx);
        if (linkLocalHasInterface(co, d.end(), ctx.diagnostics())) {
            x.checker().hosts.add(co);
        }
    }

    private static KeywordTable<HostTarget> hostTable() {
        KeywordTable<HostTarget> t = new KeywordTable<>("host");
        t.on("connect_ip", (d, h, ctx) -> connectIp(d, h.connection(), ctx));
        t.on("connect_port", (d, h, ctx) -> connectPort(d, h.connection(), ctx));
        t.on("bindto", (d, h, ctx) -> bindTo(d, h.connection(), ctx));
        t.on("bind_port", (d, h, ctx) -> bindPort(d, h.connection(), ctx));
        t.on("bind_if", (d, h, ctx) -> bindIf(d, h.connection(), ctx));
        t.on("connect_timeout", (d, h, ctx) -> connectTimeout(d, h.connection(), ctx));
        t.on("fwmark", (d, h, ctx) -> fwmark(d, h.connection(), ctx));
        // the timing keywords are accepted in a host block, and apply to the whole checker
        t.on("retry", (d, h, ctx) -> TABLES.get(CheckerDraft.Kind.SMTP_CHECK).apply(d, new Target(null, null, h.checker()), ctx));
        for (String k : new String[] {"delay_before_retry", "warmup", "delay_loop", "alpha", "log_all_failures"}) {
            t.on(k, (d, h, ctx) -> TABLES.get(CheckerDraft.Kind.SMTP_CHECK).apply(d, new Target(null, null, h.checker()), ctx));
        }
        return t;
    }

    private static void dns(KeywordTable<Target> t) {
        on(t, "type", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
            Optional<Checker.DnsType> type = java.util.Arrays.stream(Checker.DnsType.values())
                    .filter(v -> v.name().equalsIgnoreCase(w)).findFirst();
            if (type.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "Unknown DNS check type " + w + " - ignoring");
            } else {
                x.checker().dnsType = type.get();
            }
        }));
        on(t, "name", (d, x, ctx) -> {
            if (x.checker().dnsName != null) {
                ctx.diagnostics().error(d.pos(), "DNS_CHECK name already specified - ignoring");
                return;
            }
            Words.required(d, 1, ctx.diagnostics()).ifPresent(w -> {
                if (hasEmptyLabel(w)) {
                    ctx.diagnostics().error(d.pos(), "DNS_CHECK name '" + w + "' has empty label - ignoring");
                } else {
                    x.checker().dnsName = w;
                }
            });
        });
    }

    /**
     * keepalived 2.2.7's test, kept with its quirk: besides "..", it refuses a name whose second
     * character is a dot ("a.b"), since it also looks after the first character.
     */
    static boolean hasEmptyLabel(String name) {
        if (name.length() > 1 && name.charAt(0) == '.') {
            return true;
        }
        for (int p = 0; p >= 0; p = name.indexOf('.', p + 1)) {
            if (p + 1 < name.length() && name.charAt(p + 1) == '.') {
                return true;
            }
        }
        return false;
    }

    private static void misc(KeywordTable<Target> t) {
        on(t, "misc_path", (d, x, ctx) -> {
            // misc_path takes no user: "user" is a keyword of its own
            EscapedWords.scriptCommand(d, ctx.diagnostics()).ifPresent(c -> {
                ScriptCommand old = x.checker().script;
                x.checker().script = old == null ? c.runAs(Optional.empty(), Optional.empty()) : c.runAs(old.user(), old.group());
            });
        });
        on(t, "misc_timeout", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, KeepalivedNumbers.UINT_MAX / 1_000_000, d.pos(), ctx.diagnostics())
                        .ifPresentOrElse(v -> x.checker().miscTimeout = Duration.ofSeconds(v),
                                () -> ctx.diagnostics().error(d.pos(), "Invalid misc_timeout value '" + w + "'"))));
        on(t, "misc_dynamic", (d, x, ctx) -> x.checker().miscDynamic = true);
        on(t, "user", (d, x, ctx) -> {
            CheckerDraft c = x.checker();
            String cmd = c.script == null ? "" : c.script.quoted();
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "No user specified for misc checker script " + cmd);
                return;
            }
            String user = d.arg(0);
            String group = d.arg(1);
            if (!ctx.host().userExists(user) || (group != null && !ctx.host().groupExists(group))) {
                ctx.diagnostics().error(d.pos(), "Failed to set uid/gid for misc checker script " + cmd + " - removing");
                c.removed = true;
                x.rs().checkers.remove(c);
                return;
            }
            c.scriptUserSet = true;
            if (c.script != null) {
                c.script = c.script.runAs(Optional.of(user), Optional.ofNullable(group));
            } else {
                c.pendingUser = user;
                c.pendingGroup = group;
            }
        });
    }

    private static void udp(KeywordTable<Target> t) {
        on(t, "payload", (d, x, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "UDP_CHECK payload requires a payload");
                return;
            }
            Checker.HexPattern p = HexText.parse(Words.value(d), false);
            if (p == null) {
                ctx.diagnostics().error(d.pos(), "Invalid hex string for UDP_CHECK payload");
            } else {
                x.checker().payload = p;
            }
        });
        on(t, "require_reply", (d, x, ctx) -> {
            x.checker().requireReply = true;
            if (d.argCount() > 0) {
                Checker.HexPattern p = HexText.parse(Words.value(d), true);
                if (p == null) {
                    ctx.diagnostics().error(d.pos(), "Invalid hex string for UDP_CHECK reply");
                } else {
                    x.checker().replyPattern = p;
                }
            }
        });
        on(t, "min_reply_length", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, 65535, d.pos(), ctx.diagnostics()).ifPresentOrElse(
                        v -> x.checker().minReplyLength = (int) v, () -> ctx.diagnostics().error(d.pos(),
                                "UDP_CHECK min length " + w + " not valid - must be between 0 & 65535"))));
        on(t, "max_reply_length", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics()).ifPresent(w ->
                KeepalivedNumbers.readUnsigned(w, 0, 65535, d.pos(), ctx.diagnostics()).ifPresentOrElse(
                        v -> x.checker().maxReplyLength = (int) v, () -> ctx.diagnostics().error(d.pos(),
                                "UDP_CHECK max length " + w + " not valid - must be between 0 & 65535"))));
    }

    private static void file(KeywordTable<Target> t) {
        on(t, "track_file", (d, x, ctx) -> Words.required(d, 1, ctx.diagnostics())
                .ifPresent(w -> x.checker().trackFiles.add(new CheckerDraft.TrackFileRef(d.pos(), w))));
        on(t, "weight", (d, x, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "track file weight missing");
                return;
            }
            var w = KeepalivedNumbers.readInt(d.arg(0), -KeepalivedNumbers.INT_MAX, KeepalivedNumbers.INT_MAX, d.pos(),
                    ctx.diagnostics());
            if (w.isEmpty()) {
                ctx.diagnostics().error(d.pos(), "weight for track file must be in [" + -KeepalivedNumbers.INT_MAX + ".."
                        + KeepalivedNumbers.INT_MAX + "] inclusive. Ignoring...");
                return;
            }
            boolean reverse = false;
            if (d.argCount() >= 2) {
                if (d.arg(1).equals("reverse")) {
                    reverse = true;
                } else if (!d.arg(1).equals("noreverse")) {
                    ctx.diagnostics().error(d.pos(), "unknown track file weight option " + d.arg(1) + " - ignoring");
                    return;
                }
            }
            x.checker().fileWeight = (int) w.getAsLong();
            x.checker().fileReverse = reverse;
        });
    }

    private static void bfd(KeywordTable<Target> t) {
        on(t, "name", (d, x, ctx) -> {
            CheckerDraft c = x.checker();
            String who = "(" + c.realServerName + ") ";
            String problem = null;
            if (d.argCount() != 1) {
                problem = "BFD_CHECK - No or too many names specified - skipping checker";
            } else if (c.bfdName != null) {
                problem = "BFD_CHECK - BFD " + d.arg(0) + " already specified as " + c.bfdName;
            } else if (d.arg(0).length() >= BFD_NAME_MAX) {
                problem = "BFD_CHECK - BFD name " + d.arg(0) + " too long";
            } else if (x.rs().trackedBfds.contains(d.arg(0))) {
                problem = "BFD_CHECK - RS already monitoring " + d.arg(0);
            }
            if (problem != null) {
                ctx.diagnostics().error(d.pos(), who + problem);
                c.removed = true;
                x.rs().checkers.remove(c);
                return;
            }
            c.bfdName = d.arg(0);
            c.bfdNamePos = d.pos();
            x.rs().trackedBfds.add(c.bfdName);
        });
        on(t, "alpha", (d, x, ctx) -> Words.optionalSwitch(d, "Invalid alpha parameter", ctx.diagnostics())
                .ifPresent(v -> x.checker().alpha = v));
    }
}
