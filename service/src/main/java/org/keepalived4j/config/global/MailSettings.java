package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * SMTP alerting: who gets mail, through which server, and which events send it by default.
 *
 * @param recipients            {@code notification_email { ... }}
 * @param from                  {@code notification_email_from}, if given
 * @param server                {@code smtp_server}, if given (no server, no mail)
 * @param heloName              {@code smtp_helo_name}, if given
 * @param connectTimeout        {@code smtp_connect_timeout} (default 30 s)
 * @param alert                 {@code smtp_alert}: empty while unset, which keepalived keeps
 *                              apart from an explicit value
 * @param alertVrrp             {@code smtp_alert_vrrp}, empty while unset
 * @param alertChecker          {@code smtp_alert_checker}, empty while unset
 * @param noEmailFaults         {@code no_email_faults}: no mail on FAULT transitions
 * @param noCheckerEmails       {@code no_checker_emails}: mail only when a real server is added or removed
 * @param checkerLogAllFailures {@code checker_log_all_failures}
 * @param rsInitNotifies        {@code rs_init_notifies}: notify real servers' initial states
 * @param localName             the host name, keepalived's default for the HELO name and the sender's domain
 */
public record MailSettings(List<String> recipients, Optional<String> from, Optional<SmtpServer> server,
                           Optional<String> heloName, Duration connectTimeout, Optional<Boolean> alert,
                           Optional<Boolean> alertVrrp, Optional<Boolean> alertChecker, boolean noEmailFaults,
                           boolean noCheckerEmails, boolean checkerLogAllFailures, boolean rsInitNotifies,
                           String localName) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    public MailSettings {
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(heloName, "heloName");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(alertVrrp, "alertVrrp");
        Objects.requireNonNull(alertChecker, "alertChecker");
        Objects.requireNonNull(localName, "localName");
    }

    /** The HELO name to send: {@code smtp_helo_name}, else the host name. */
    public String effectiveHeloName() {
        return heloName.orElse(localName);
    }

    /** The sender: {@code notification_email_from}, else {@code USER@host} for the user the daemon runs as. */
    public String effectiveFrom(String runningUser) {
        return from.orElse(runningUser + "@" + localName);
    }

    /** The default for VRRP instances and sync groups: {@code smtp_alert_vrrp}, else {@code smtp_alert}; empty if neither is set. */
    public Optional<Boolean> vrrpAlertDefault() {
        return alertVrrp.or(() -> alert);
    }

    /** The default for virtual and real servers: {@code smtp_alert_checker}, else {@code smtp_alert}; empty if neither is set. */
    public Optional<Boolean> checkerAlertDefault() {
        return alertChecker.or(() -> alert);
    }
}
