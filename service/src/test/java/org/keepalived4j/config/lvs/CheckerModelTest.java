package org.keepalived4j.config.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

class CheckerModelTest {

    private static final String HEAD = """
            virtual_server 10.0.0.1 80 {
              lb_algo rr
              lb_kind NAT
              protocol TCP
              delay_loop 30
              connect_timeout 4
              real_server 10.0.1.1 80 {
            """;
    private static final String TAIL = """
              }
            }
            """;

    private static LvsFixture.Loaded checkers(String body) {
        return LvsFixture.load(HEAD + body + TAIL);
    }

    private static LvsFixture.Loaded checkers(String body, LvsReferences refs, FakeHost host) {
        return LvsFixture.load(HEAD + body + TAIL, refs, host);
    }

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void checkersInheritTimingFromTheRealServerAndKeepTheirKindsDefaults() {
        var l = checkers("""
                    TCP_CHECK {
                    }
                    HTTP_GET {
                      url {
                        path /
                      }
                    }
                    DNS_CHECK {
                    }
                    MISC_CHECK {
                      misc_path /bin/true
                    }
                    TCP_CHECK {
                      retry 5
                      delay_loop 2
                      delay_before_retry 0.5
                      warmup 1
                      alpha
                      log_all_failures
                      connect_timeout 9
                    }
                """);
        CheckTiming tcp = ((Checker.Tcp) l.checker(0, 0, 0)).timing();
        assertThat(tcp).isEqualTo(new CheckTiming(false, 1, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofSeconds(30), false));
        assertThat(((Checker.Tcp) l.checker(0, 0, 0)).connection())
                .isEqualTo(new CheckConnection(ip("10.0.1.1"), 80, Optional.empty(), 0, Optional.empty(), 0,
                        Duration.ofSeconds(4)));
        assertThat(((Checker.HttpGet) l.checker(0, 0, 1)).timing().delayBeforeRetry()).isEqualTo(Duration.ofSeconds(3));
        CheckTiming dns = ((Checker.Dns) l.checker(0, 0, 2)).timing();
        assertThat(dns.retry()).isEqualTo(3);
        assertThat(dns.delayBeforeRetry()).as("DNS waits a delay_loop").isEqualTo(Duration.ofSeconds(30));
        assertThat(((Checker.Misc) l.checker(0, 0, 3)).timing().retry()).isZero();
        Checker.Tcp own = (Checker.Tcp) l.checker(0, 0, 4);
        assertThat(own.timing()).isEqualTo(new CheckTiming(true, 5, Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), true));
        assertThat(own.connection().connectTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(own.pos()).isEqualTo(new SourcePos("f", 20));
    }

    @Test
    void realServerTimingComesBeforeTheKindsDefault() {
        var l = LvsFixture.load("""
                virtual_server 10.0.0.1 80 {
                  lb_algo rr
                  lb_kind NAT
                  protocol TCP
                  retry 6
                  real_server 10.0.1.1 80 {
                    delay_before_retry 4
                    warmup 2
                    alpha
                    DNS_CHECK {
                    }
                  }
                }
                """);
        CheckTiming t = ((Checker.Dns) l.checker(0, 0, 0)).timing();
        assertThat(t).isEqualTo(new CheckTiming(true, 6, Duration.ofSeconds(4), Duration.ofSeconds(2),
                Duration.ofSeconds(60), false));
    }

    @Test
    void httpGetUrlsAndOptions() {
        var l = checkers("""
                    SSL_GET {
                      connect_ip 10.0.2.2
                      connect_port 8443
                      bindto 10.0.3.3
                      bind_port 4000
                      bind_if eth0
                      fwmark 9
                      http_protocol 1.1
                      virtualhost www.example.com
                      enable_sni
                      fast_recovery on
                      url {
                        path /health check
                        digest 640205B7B0FC66C1EA91C463FAC6334D
                        status_code 200 204 300-302
                        virtualhost other.example.com
                        regex "^ok"
                        regex_options caseless nosuch
                        regex_no_match
                        regex_min_offset 2
                        regex_max_offset 10
                        regex_stack 100 200
                      }
                      url {
                        path /
                      }
                    }
                """);
        Checker.HttpGet h = (Checker.HttpGet) l.checker(0, 0, 0);
        assertThat(h.ssl()).isTrue();
        assertThat(h.keyword()).isEqualTo("SSL_GET");
        assertThat(h.connection()).isEqualTo(new CheckConnection(ip("10.0.2.2"), 8443, Optional.of(ip("10.0.3.3")), 4000,
                Optional.of("eth0"), 9, Duration.ofSeconds(4)));
        assertThat(h.httpVersion()).isEqualTo(Checker.HttpVersion.HTTP_1_1);
        assertThat(h.virtualhost()).contains("www.example.com");
        assertThat(h.enableSni()).isTrue();
        assertThat(h.fastRecovery()).isTrue();
        Checker.Url first = h.urls().get(0);
        assertThat(first.path()).isEqualTo("/health check");
        assertThat(first.digest()).contains("640205b7b0fc66c1ea91c463fac6334d");
        assertThat(first.digestBytes().orElseThrow()).isEqualTo(HexFormat.of().parseHex("640205b7b0fc66c1ea91c463fac6334d"));
        assertThat(first.statusCodes()).containsExactly(new Checker.StatusRange(200, 200), new Checker.StatusRange(204, 204),
                new Checker.StatusRange(300, 302));
        assertThat(first.accepts(301)).isTrue();
        assertThat(first.accepts(299)).isFalse();
        assertThat(first.virtualhost()).contains("other.example.com");
        assertThat(first.regex()).contains(new Checker.UrlRegex("^ok", List.of("caseless"), true, 2, Optional.of(10L),
                Optional.of(new Checker.RegexStack(100, 200))));
        Checker.Url second = h.urls().get(1);
        assertThat(second.statusCodes()).containsExactly(new Checker.StatusRange(200, 299));
        assertThat(second.digest()).isEmpty();
        assertThat(l.config().needsSsl()).isTrue();
        assertThat(l.printed()).isEmpty();
    }

    @Test
    void regexSettingsWithoutARegexAreOnlyLogged() {
        var l = checkers("""
                    HTTP_GET {
                      url {
                        path /
                        regex_no_match
                      }
                    }
                """);
        assertThat(((Checker.HttpGet) l.checker(0, 0, 0)).urls().get(0).regex()).isEmpty();
        assertThat(l.printed()).isEmpty();
        assertThat(l.diagnostics().all()).extracting(d -> d.pos().line() + " " + d.message())
                .containsExactly("12 regex parameters specified without regex");
    }

    @Test
    void smtpHostBlocksBecomeOneCheckerEach() {
        var l = checkers("""
                    SMTP_CHECK {
                      helo_name mail.example.com
                      retry 2
                      host {
                        connect_ip 10.0.5.1
                      }
                      host {
                        connect_ip 10.0.5.2
                        connect_port 587
                        delay_loop 5
                      }
                    }
                    SMTP_CHECK {
                    }
                """);
        List<Checker> cs = l.rs(0, 0).checkers();
        assertThat(cs).hasSize(3).allMatch(c -> c instanceof Checker.Smtp);
        Checker.Smtp a = (Checker.Smtp) cs.get(0);
        Checker.Smtp b = (Checker.Smtp) cs.get(1);
        Checker.Smtp plain = (Checker.Smtp) cs.get(2);
        assertThat(a.heloName()).isEqualTo("mail.example.com");
        assertThat(a.connection().address()).isEqualTo(ip("10.0.5.1"));
        assertThat(a.connection().port()).isEqualTo(80);
        assertThat(b.connection().address()).isEqualTo(ip("10.0.5.2"));
        assertThat(b.connection().port()).isEqualTo(587);
        assertThat(a.timing().retry()).isEqualTo(2);
        assertThat(a.timing().delayLoop()).as("timing in a host block is the checker's").isEqualTo(Duration.ofSeconds(5));
        assertThat(plain.heloName()).isEqualTo(Checker.Smtp.DEFAULT_HELO);
        assertThat(plain.connection().address()).isEqualTo(ip("10.0.1.1"));
    }

    @Test
    void dnsUdpAndPingCheckers() {
        var l = checkers("""
                    DNS_CHECK {
                      type aaaa
                      name www.example.com
                    }
                    DNS_CHECK {
                    }
                    UDP_CHECK {
                      payload 00 1122
                      require_reply 0aXx 3
                      min_reply_length 2
                      max_reply_length 300
                    }
                    UDP_CHECK {
                    }
                    PING_CHECK {
                      connect_ip fe80::1
                      bind_if eth0
                    }
                """);
        Checker.Dns dns = (Checker.Dns) l.checker(0, 0, 0);
        assertThat(dns.type()).isEqualTo(Checker.DnsType.AAAA);
        assertThat(dns.name()).isEqualTo("www.example.com");
        Checker.Dns defaults = (Checker.Dns) l.checker(0, 0, 1);
        assertThat(defaults.type()).isEqualTo(Checker.DnsType.SOA);
        assertThat(defaults.name()).isEqualTo(".");
        Checker.Udp udp = (Checker.Udp) l.checker(0, 0, 2);
        assertThat(udp.payload().orElseThrow().bytes()).containsExactly(0x00, 0x11, 0x22);
        assertThat(udp.requireReply()).isTrue();
        assertThat(udp.replyPattern().orElseThrow().bytes()).containsExactly(0x0a, 0x00, 0x03);
        assertThat(udp.replyPattern().orElseThrow().wildcardMask()).containsExactly(0x00, 0xff, 0x00);
        assertThat(udp.minReplyLength()).isEqualTo(2);
        assertThat(udp.maxReplyLength()).isEqualTo(300);
        Checker.Udp plain = (Checker.Udp) l.checker(0, 0, 3);
        assertThat(plain.payload()).isEmpty();
        assertThat(plain.requireReply()).isFalse();
        assertThat(plain.maxReplyLength()).isEqualTo(255);
        Checker.Ping ping = (Checker.Ping) l.checker(0, 0, 4);
        assertThat(ping.connection().address()).isEqualTo(ip("fe80::1"));
        assertThat(ping.connection().bindInterface()).contains("eth0");
        assertThat(l.printed()).isEmpty();
    }

    @Test
    void miscPathEscapesAndQuotesAsKeepalived() {
        // keepalived 2.2.7 -t on these lines (with /bin/echo), with "user nosuch" after each: "... misc checker script
        // '/bin/echo' 'q<TAB>r' 's<TAB>' 'A' - removing", "... '/bin/echo' 'q' 'r' ...", "... '/bin/echo' 'x' ..."
        var l = checkers("""
                    MISC_CHECK {
                      misc_path "/bin/true 'q\\tr' s\\\\t \\101"
                    }
                    MISC_CHECK {
                      misc_path '/bin/true q r'
                    }
                    MISC_CHECK {
                      misc_path /bin/true\\ x y
                    }
                """, LvsReferences.NONE, FakeHost.debian());
        assertThat(((Checker.Misc) l.checker(0, 0, 0)).script().argv()).containsExactly("/bin/true", "q\tr", "s\t", "A");
        assertThat(((Checker.Misc) l.checker(0, 0, 1)).script().argv()).containsExactly("/bin/true", "q", "r");
        assertThat(((Checker.Misc) l.checker(0, 0, 2)).script().argv()).containsExactly("/bin/true", "x");
    }

    @Test
    void miscCheckScriptUserAndTimeout() {
        var l = checkers("""
                    MISC_CHECK {
                      user nobody
                      misc_path "/bin/true -x 'a b'"
                      misc_timeout 7
                      misc_dynamic
                    }
                    MISC_CHECK {
                      misc_path /nonexistent/script
                    }
                """, LvsReferences.NONE, FakeHost.debian());
        Checker.Misc m = (Checker.Misc) l.checker(0, 0, 0);
        assertThat(m.script()).isEqualTo(new ScriptCommand(List.of("/bin/true", "-x", "a b"), Optional.of("nobody"),
                Optional.empty()));
        assertThat(m.timeout()).contains(Duration.ofSeconds(7));
        assertThat(m.dynamic()).isTrue();
        assertThat(l.rs(0, 0).checkers()).as("a script that cannot be found is dropped").hasSize(1);
        assertThat(l.printed()).containsExactly(
                "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
    }

    @Test
    void withScriptSecurityInsecureScriptsAreDroppedAndAMissingDefaultUserIsReported() {
        FakeHost host = FakeHost.debian().script("/tmp/check.sh", 1000, 0777);
        LvsReferences secure = new LvsReferences(Set.of(), Set.of(), true, Optional.empty(), Optional.empty());
        var l = checkers("""
                    MISC_CHECK {
                      misc_path /tmp/check.sh
                      user nobody
                    }
                    MISC_CHECK {
                      misc_path /bin/true
                    }
                """, secure, host);
        assertThat(l.rs(0, 0).checkers()).isEmpty();
        assertThat(l.printed()).containsExactly(
                "(f: Line 14) Unable to set default user keepalived_script for script",
                "(f: Line 14) Unable to set default user for misc script '/bin/true' - removing");
        assertThat(l.diagnostics().all()).extracting(d -> d.message())
                .contains("Disabling misc script '/tmp/check.sh' due to insecure");

        var withUser = checkers("""
                    MISC_CHECK {
                      misc_path /bin/true
                    }
                """, secure, FakeHost.debian().user("keepalived_script"));
        assertThat(withUser.rs(0, 0).checkers()).hasSize(1);
        assertThat(withUser.printed()).isEmpty();
    }

    @Test
    void fileAndBfdCheckersFollowObjectsOfOtherFamilies() {
        LvsReferences refs = new LvsReferences(Set.of("tf"), Set.of("b1"), false, Optional.empty(), Optional.empty());
        var l = checkers("""
                    FILE_CHECK {
                      track_file tf
                      weight -10 reverse
                    }
                    FILE_CHECK {
                      track_file tf
                    }
                    BFD_CHECK {
                      name b1
                      alpha
                    }
                    BFD_CHECK {
                      name b2
                    }
                """, refs, FakeHost.debian());
        assertThat(l.checker(0, 0, 0)).isEqualTo(new Checker.File(new SourcePos("f", 8), "tf", OptionalInt.of(-10), true));
        assertThat(l.checker(0, 0, 1)).isEqualTo(new Checker.File(new SourcePos("f", 12), "tf", OptionalInt.empty(), false));
        assertThat(l.checker(0, 0, 2)).isEqualTo(new Checker.Bfd(new SourcePos("f", 15), "b1", true));
        assertThat(l.rs(0, 0).checkers()).hasSize(3);
        assertThat(l.printed()).containsExactly("(f: Line 20) ([10.0.1.1]:tcp:80) BFD_CHECK - BFD b2 not configured");
    }

    @Test
    void anUnknownCheckerKeywordIsReportedWithItsLine() {
        var l = checkers("""
                    TCP_CHECK {
                      tls_compliant
                    }
                """);
        assertThat(l.printed()).containsExactly("(f: Line 9) Unknown keyword 'tls_compliant'");
        assertThat(l.rs(0, 0).checkers()).hasSize(1);
    }
}
