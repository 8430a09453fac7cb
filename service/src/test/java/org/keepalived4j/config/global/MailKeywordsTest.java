package org.keepalived4j.config.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.config.ConfigTexts.block;
import static org.keepalived4j.config.ConfigTexts.kw;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.IpAddress;

/** router_id and the SMTP keywords; messages as keepalived 2.2.7 -t prints them. */
class MailKeywordsTest {

    @Test
    void identityAndRecipients() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "router_id", "LVS_DEVEL"),
                block(3, List.of(kw(4, "a@b.c", "d@e.f"), kw(5, "g@h")), "notification_email"),
                block(7, List.of(kw(8, "x@y")), "notification_email"),
                kw(10, "notification_email_from", "keepalived@example.com"), kw(11, "smtp_helo_name", "mx-client"));

        assertThat(p.reported()).isEmpty();
        GlobalConfig g = p.config();
        assertThat(g.routerId()).isEqualTo("LVS_DEVEL");
        assertThat(g.mail().recipients()).containsExactly("a@b.c", "d@e.f", "g@h", "x@y");
        assertThat(g.mail().from()).contains("keepalived@example.com");
        assertThat(g.mail().effectiveFrom("root")).isEqualTo("keepalived@example.com");
        assertThat(g.mail().effectiveHeloName()).isEqualTo("mx-client");
    }

    @Test
    void missingIdentityValuesAreReported() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "router_id"), kw(3, "notification_email_from"), kw(4, "smtp_helo_name"));

        assertThat(p.reported()).containsExactly("GENERAL_ERROR 2: routerid name missing - ignoring",
                "GENERAL_ERROR 3: emailfrom missing - ignoring");
        assertThat(p.config().routerId()).isEqualTo("lb1.example.com");
        assertThat(p.config().mail().heloName()).isEmpty();
    }

    @Test
    void emptyNotificationEmailIsReportedAtItsEnd() {
        GlobalParse p = GlobalParse.globalDefs(block(2, List.of(), "notification_email"), kw(4, "notification_email"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 3: Warning - empty notification_email block",
                "GENERAL_ERROR 4: Warning - empty notification_email block");
    }

    @Test
    void smtpServerByAddressNameAndPort() {
        assertThat(server("10.0.0.1")).isEqualTo(new SmtpServer("10.0.0.1", IpAddress.parse("10.0.0.1"), 25));
        assertThat(server("::1", "2525")).isEqualTo(new SmtpServer("::1", IpAddress.parse("::1"), 2525));
        assertThat(server("mail.example.com")).isEqualTo(new SmtpServer("mail.example.com", Optional.empty(), 25));
        assertThat(server("localhost", "587").port()).isEqualTo(587);
    }

    private static SmtpServer server(String... args) {
        String[] words = new String[args.length + 1];
        words[0] = "smtp_server";
        System.arraycopy(args, 0, words, 1, args.length);
        GlobalParse p = GlobalParse.globalDefs(kw(2, words));
        assertThat(p.reported()).isEmpty();
        return p.config().mail().server().orElseThrow();
    }

    @Test
    void badSmtpServersAreReportedAndLeaveNoServer() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "smtp_server", "10.0.0.1", "0"), kw(3, "smtp_server", "10.0.0.1", "abc"),
                kw(4, "smtp_server", "10.0.0.1/24"), kw(5, "smtp_server", "999.1.1.1"));

        assertThat(p.reported()).containsExactly(
                "INVALID_NUMBER 2: number '0' outside range [1, 65535]",
                "GENERAL_ERROR 2: Invalid smtp server 10.0.0.1 0",
                "INVALID_NUMBER 3: invalid number 'abc'",
                "GENERAL_ERROR 3: Invalid smtp server 10.0.0.1 abc",
                "GENERAL_ERROR 4: Invalid smtp server 10.0.0.1/24 25",
                "GENERAL_ERROR 5: Invalid smtp server 999.1.1.1 25");
        assertThat(p.config().mail().server()).isEmpty();
    }

    @Test
    void aNameTheResolverDoesNotKnowIsAnInvalidServer() {
        GlobalParse p = GlobalParse.globalDefs(kw(8, "smtp_server", "smtp.unknown.example", "25"));
        assertThat(p.reported()).containsExactly("GENERAL_ERROR 8: Invalid smtp server smtp.unknown.example 25");
        assertThat(p.config().mail().server()).isEmpty();
    }

    @Test
    void smtpServerWithoutAddressIsTheFatalMissingParameter() {
        assertThat(GlobalParse.globalDefs(kw(2, "smtp_server")).reported()).containsExactly("MISSING_PARAMETER 2: *** "
                + "Configuration line starting `smtp_server` is missing a parameter after keyword `smtp_server` at word position 2");
    }

    @Test
    void smtpConnectTimeout() {
        assertThat(GlobalParse.globalDefs(kw(2, "smtp_connect_timeout", "45")).config().mail().connectTimeout())
                .isEqualTo(Duration.ofSeconds(45));
        assertThat(GlobalParse.globalDefs(kw(2, "smtp_connect_timeout", "+5")).config().mail().connectTimeout())
                .isEqualTo(Duration.ofSeconds(5));

        GlobalParse zero = GlobalParse.globalDefs(kw(9, "smtp_connect_timeout", "0"));
        assertThat(zero.reported()).containsExactly("GENERAL_ERROR 9: smtp_conect_timeout must be greater than 0, setting to 1");
        assertThat(zero.config().mail().connectTimeout()).isEqualTo(Duration.ofSeconds(1));

        GlobalParse bad = GlobalParse.globalDefs(kw(10, "smtp_connect_timeout", "-1"), kw(11, "smtp_connect_timeout", "4295"),
                kw(12, "smtp_connect_timeout", "1.5"), kw(13, "smtp_connect_timeout", "0x10"));
        assertThat(bad.reported()).containsExactly(
                "INVALID_NUMBER 10: negative number '-1'",
                "GENERAL_ERROR 10: smtp_connect_timeout '-1' must be in [0, 4294] - ignoring",
                "INVALID_NUMBER 11: number '4295' outside range [0, 4294]",
                "GENERAL_ERROR 11: smtp_connect_timeout '4295' must be in [0, 4294] - ignoring",
                "INVALID_NUMBER 12: invalid number '1.5'",
                "GENERAL_ERROR 12: smtp_connect_timeout '1.5' must be in [0, 4294] - ignoring",
                "INVALID_NUMBER 13: invalid number '0x10'",
                "GENERAL_ERROR 13: smtp_connect_timeout '0x10' must be in [0, 4294] - ignoring");
        assertThat(bad.config().mail().connectTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void alertSwitchesKeepUnsetApartFromOff() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "smtp_alert"), kw(3, "smtp_alert_vrrp", "off"));
        MailSettings m = p.config().mail();
        assertThat(m.alert()).contains(true);
        assertThat(m.alertVrrp()).contains(false);
        assertThat(m.alertChecker()).isEmpty();
        assertThat(m.vrrpAlertDefault()).contains(false);
        assertThat(m.checkerAlertDefault()).contains(true);

        GlobalParse checker = GlobalParse.globalDefs(kw(2, "smtp_alert_checker", "yes"));
        assertThat(checker.config().mail().alertChecker()).contains(true);
        assertThat(checker.config().mail().vrrpAlertDefault()).isEmpty();
    }

    @Test
    void booleansAreLowerCaseOnlyAsIn227() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "smtp_alert", "Yes"), kw(3, "smtp_alert_vrrp", "1"),
                kw(4, "smtp_alert_checker", "maybe"), kw(5, "checker_log_all_failures", "maybe"),
                kw(6, "no_checker_emails", "maybe"), kw(7, "rs_init_notifies", "maybe"));

        assertThat(p.reported()).containsExactly(
                "GENERAL_ERROR 2: Invalid value 'Yes' for global smtp_alert specified",
                "GENERAL_ERROR 3: Invalid value '1' for global smtp_alert_vrrp specified",
                "GENERAL_ERROR 4: Invalid value 'maybe' for global smtp_alert_checker specified",
                "GENERAL_ERROR 5: Invalid value for checker_log_all_failures specified",
                "GENERAL_ERROR 6: Invalid value 'maybe' for global no_checker_emails specified",
                "GENERAL_ERROR 7: Invalid value 'maybe' for global rs_init_notifies specified");
        assertThat(p.config().mail().alert()).isEmpty();
    }

    @Test
    void checkerMailSwitches() {
        GlobalParse p = GlobalParse.globalDefs(kw(2, "no_email_faults", "whatever"), kw(3, "no_checker_emails"),
                kw(4, "checker_log_all_failures", "on"), kw(5, "rs_init_notifies", "true"));
        MailSettings m = p.config().mail();
        assertThat(p.reported()).isEmpty();
        assertThat(m.noEmailFaults()).isTrue();
        assertThat(m.noCheckerEmails()).isTrue();
        assertThat(m.checkerLogAllFailures()).isTrue();
        assertThat(m.rsInitNotifies()).isTrue();

        GlobalParse off = GlobalParse.globalDefs(kw(2, "rs_init_notifies"), kw(3, "rs_init_notifies", "off"));
        assertThat(off.config().mail().rsInitNotifies()).isFalse();
    }
}
