package org.keepalived4j.config.global;

import static org.keepalived4j.config.global.Reading.bool;
import static org.keepalived4j.config.global.Reading.flag;
import static org.keepalived4j.config.global.Reading.globalBool;
import static org.keepalived4j.config.global.Reading.plainBool;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.KeywordTable;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.KeepalivedNumbers;
import org.keepalived4j.config.ValueSyntax;

/** {@code router_id} and the SMTP alerting keywords of global_defs. */
final class MailKeywords {

    /** TIMER_HZ-scaled timeouts must fit 32 bits: UINT_MAX / 1000000 seconds. */
    private static final long MAX_TIMEOUT_SECONDS = Reading.UINT_MAX / 1_000_000;

    /** A host name (or something DNS might resolve); anything else cannot name a mail server. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");

    private MailKeywords() {
    }

    static void register(KeywordTable<GlobalDraft> t) {
        t.on("router_id", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "routerid name missing - ignoring");
                return;
            }
            g.routerId = d.arg(0);
        });
        t.on("notification_email_from", (d, g, ctx) -> {
            if (d.argCount() < 1) {
                ctx.diagnostics().error(d.pos(), "emailfrom missing - ignoring");
                return;
            }
            g.emailFrom = d.arg(0);
        });
        t.on("smtp_server", MailKeywords::smtpServer);
        t.on("smtp_helo_name", (d, g, ctx) -> {
            if (d.argCount() >= 1) {
                g.heloName = d.arg(0);
            }
        });
        t.on("smtp_connect_timeout", (d, g, ctx) -> {
            OptionalLong v = Reading.unsigned(d, ctx, 0, MAX_TIMEOUT_SECONDS,
                    w -> "smtp_connect_timeout '" + w + "' must be in [0, " + MAX_TIMEOUT_SECONDS + "] - ignoring");
            if (v.isEmpty()) {
                return;
            }
            long seconds = v.getAsLong();
            if (seconds == 0) {
                // keepalived's own spelling
                ctx.diagnostics().error(d.pos(), "smtp_conect_timeout must be greater than 0, setting to 1");
                seconds = 1;
            }
            g.smtpConnectTimeout = Duration.ofSeconds(seconds);
        });
        t.on("notification_email", (d, g, ctx) -> {
            if (d.children().isEmpty()) {
                ctx.diagnostics().error(d.end(), "Warning - empty notification_email block");
                return;
            }
            for (Directive line : d.children()) {
                g.recipients.addAll(line.words());
            }
        });
        bool(t, "smtp_alert", globalBool("smtp_alert"), (g, v) -> g.smtpAlert = v);
        bool(t, "smtp_alert_vrrp", globalBool("smtp_alert_vrrp"), (g, v) -> g.smtpAlertVrrp = v);
        bool(t, "smtp_alert_checker", globalBool("smtp_alert_checker"), (g, v) -> g.smtpAlertChecker = v);
        bool(t, "checker_log_all_failures", plainBool("checker_log_all_failures"), (g, v) -> g.checkerLogAllFailures = v);
        flag(t, "no_email_faults", (g, v) -> g.noEmailFaults = v);
        bool(t, "no_checker_emails", globalBool("no_checker_emails"), (g, v) -> g.noCheckerEmails = v);
        bool(t, "rs_init_notifies", globalBool("rs_init_notifies"), (g, v) -> g.rsInitNotifies = v);
    }

    /**
     * {@code smtp_server IP|NAME [PORT]}. keepalived resolves a name at once (getaddrinfo) and
     * reports one that does not resolve; the host facts make the same lookup.
     */
    private static void smtpServer(Directive d, GlobalDraft g, ParseContext ctx) {
        Optional<String> host = ValueSyntax.word(d, 0, ctx.diagnostics());
        if (host.isEmpty()) {
            return;
        }
        String portText = d.argCount() >= 2 ? d.arg(1) : String.valueOf(SmtpServer.DEFAULT_PORT);
        OptionalLong port = KeepalivedNumbers.readUnsigned(portText, 1, 65535, d.pos(), ctx.diagnostics());
        Optional<IpAddress> address = IpAddress.parse(host.get());
        boolean name = address.isEmpty() && HOST_NAME.matcher(host.get()).matches()
                && !DOTTED_NUMBERS.matcher(host.get()).matches();
        if (port.isEmpty() || (address.isEmpty() && !(name && ctx.host().resolvesHostName(host.get())))) {
            ctx.diagnostics().error(d.pos(), "Invalid smtp server " + host.get() + " " + portText);
            g.smtpServer = null;
            return;
        }
        g.smtpServer = new SmtpServer(host.get(), address, (int) port.getAsLong());
    }
}
