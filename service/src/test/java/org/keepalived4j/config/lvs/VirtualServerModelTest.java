package org.keepalived4j.config.lvs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.ScriptCommand;
import org.keepalived4j.config.SourcePos;

class VirtualServerModelTest {

    private static IpAddress ip(String s) {
        return IpAddress.parse(s).orElseThrow();
    }

    @Test
    void aMinimalVirtualServerGetsKeepalivedsDefaults() {
        var l = LvsFixture.load("""
                virtual_server 10.0.0.1 80 {
                  protocol TCP
                  real_server 10.0.1.1 80 {
                  }
                }
                """);
        VirtualServer vs = l.vs(0);
        assertThat(vs.address()).isEqualTo(new ServiceAddress.Socket(ip("10.0.0.1"), 80));
        assertThat(vs.pos()).isEqualTo(new SourcePos("f", 1));
        assertThat(vs.family()).isEqualTo(IpAddress.Family.INET);
        assertThat(vs.protocol()).contains(Protocol.TCP);
        assertThat(vs.scheduler()).isEqualTo("wlc");
        assertThat(vs.forwarding()).isEqualTo(Forwarding.NAT);
        assertThat(vs.delayLoop()).isEqualTo(Duration.ofSeconds(60));
        assertThat(vs.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(vs.quorum()).isEqualTo(1);
        assertThat(vs.hysteresis()).isZero();
        assertThat(vs.weight()).isEqualTo(1);
        assertThat(vs.persistenceTimeout()).isZero();
        assertThat(vs.smtpAlert()).isFalse();
        RealServer rs = l.rs(0, 0);
        assertThat(rs.weight()).isEqualTo(1);
        assertThat(rs.smtpAlert()).isTrue();
        assertThat(rs.retry()).isEmpty();
        // keepalived counts both corrections as problems
        assertThat(l.printed()).containsExactly(
                "Virtual server [10.0.0.1]:tcp:80: no scheduler set, setting default 'wlc'",
                "Virtual server [10.0.0.1]:tcp:80: no forwarding method set, setting default NAT");
        assertThat(l.diagnostics().configTestExitCode()).isEqualTo(5);
    }

    @Test
    void everyVirtualServerKeywordIsRead() {
        var l = LvsFixture.load("""
                virtual_server 2001:db8::1 443 {
                  lvs_sched sh
                  sh-port
                  sh-fallback
                  flag-3
                  lb_kind TUN type gue port 6080 csum
                  protocol udp
                  ops
                  delay_loop 2.5
                  connect_timeout 0.25
                  retry 4
                  delay_before_retry 1.5
                  warmup 0
                  persistence_timeout
                  persistence_granularity 64
                  persistence_engine sip
                  ha_suspend
                  alpha
                  omega
                  inhibit_on_failure
                  virtualhost www.example.com
                  snmp_name web
                  smtp_alert no
                  weight 7
                  quorum 10
                  hysteresis 3
                  quorum_up "/bin/true up"
                  quorum_down /bin/false
                  real_server 2001:db8::2 443 {
                  }
                  real_server 2001:db8::3 443 {
                  }
                  sorry_server 2001:db8::9 443
                  sorry_server_inhibit
                  sorry_server_lvs_method DR
                }
                """);
        VirtualServer vs = l.vs(0);
        assertThat(vs.family()).isEqualTo(IpAddress.Family.INET6);
        assertThat(vs.scheduler()).isEqualTo("sh");
        assertThat(vs.flags()).isEqualTo(new ServiceFlags(false, true, true, true, true));
        assertThat(vs.flags().ipvsBits()).isEqualTo(0x04 | 0x08 | 0x10 | 0x20);
        assertThat(vs.forwarding()).isEqualTo(new Forwarding(Forwarding.Method.TUN, Forwarding.TunnelType.GUE, 6080,
                Forwarding.TunnelChecksum.CSUM));
        assertThat(vs.protocol()).contains(Protocol.UDP);
        assertThat(vs.delayLoop()).isEqualTo(Duration.ofMillis(2500));
        assertThat(vs.connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(vs.retry()).contains(4L);
        assertThat(vs.delayBeforeRetry()).contains(Duration.ofMillis(1500));
        assertThat(vs.warmup()).contains(Duration.ZERO);
        assertThat(vs.persistenceTimeout()).isEqualTo(360);
        assertThat(vs.persistenceGranularity()).contains(new PersistenceGranularity.PrefixLength(64));
        assertThat(vs.persistenceEngine()).contains("sip");
        assertThat(vs.haSuspend()).isTrue();
        assertThat(vs.alpha()).isTrue();
        assertThat(vs.omega()).isTrue();
        assertThat(vs.inhibitOnFailure()).isTrue();
        assertThat(vs.virtualhost()).contains("www.example.com");
        assertThat(vs.snmpName()).contains("web");
        assertThat(vs.smtpAlert()).isFalse();
        assertThat(vs.weight()).isEqualTo(7);
        assertThat(vs.quorum()).isEqualTo(10);
        assertThat(vs.hysteresis()).isEqualTo(3);
        assertThat(vs.quorumUp()).contains(new ScriptCommand(List.of("/bin/true", "up"), Optional.empty(), Optional.empty()));
        assertThat(vs.quorumDown().orElseThrow().argv()).containsExactly("/bin/false");
        assertThat(vs.sorryServer()).contains(new SorryServer(ip("2001:db8::9"), 443, true,
                new Forwarding(Forwarding.Method.DR, Forwarding.TunnelType.IPIP, 0, Forwarding.TunnelChecksum.NOCSUM)));
        assertThat(vs.realServers()).extracting(RealServer::weight).containsExactly(7L, 7L);
        // the quorum scripts exist, and script security is off (keepalived 2.2.7 prints the same)
        assertThat(l.printed()).containsExactly(
                "SECURITY VIOLATION - check scripts are being executed but script_security not enabled.");
        assertThat(l.diagnostics().configTestExitCode()).isEqualTo(6);
    }

    @Test
    void realServersInheritFromTheirVirtualServerAndMayOverride() {
        var l = LvsFixture.load("""
                virtual_server 10.0.0.1 80 {
                  lb_algo rr
                  lb_kind DR
                  protocol TCP
                  delay_loop 10
                  connect_timeout 3
                  retry 4
                  delay_before_retry 2
                  warmup 7
                  alpha
                  inhibit_on_failure
                  weight 5
                  real_server 10.0.1.1 {
                  }
                  real_server 10.0.1.2 80 {
                    weight 0
                    lvs_method TUN
                    alpha off
                    inhibit_on_failure false
                    retry 1
                    connect_timeout 1
                    delay_loop 20
                    warmup 1
                    delay_before_retry 9
                    smtp_alert off
                    uthreshold 100
                    lthreshold 10
                    virtualhost rs.example.com
                    snmp_name rs2
                    notify_up "/bin/true up" root
                    notify_down /bin/true root root
                  }
                }
                """);
        RealServer first = l.rs(0, 0);
        assertThat(first.port()).as("DR takes the service's port").isEqualTo(80);
        assertThat(first.forwarding().method()).isEqualTo(Forwarding.Method.DR);
        assertThat(first.weight()).isEqualTo(5);
        assertThat(first.alpha()).isTrue();
        assertThat(first.inhibitOnFailure()).isTrue();
        assertThat(first.retry()).contains(4L);
        assertThat(first.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(first.delayLoop()).isEqualTo(Duration.ofSeconds(10));
        assertThat(first.warmup()).contains(Duration.ofSeconds(7));
        assertThat(first.delayBeforeRetry()).contains(Duration.ofSeconds(2));
        RealServer second = l.rs(0, 1);
        assertThat(second.weight()).isZero();
        assertThat(second.forwarding().method()).isEqualTo(Forwarding.Method.TUN);
        assertThat(second.alpha()).isFalse();
        assertThat(second.inhibitOnFailure()).isFalse();
        assertThat(second.retry()).contains(1L);
        assertThat(second.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(second.delayLoop()).isEqualTo(Duration.ofSeconds(20));
        assertThat(second.warmup()).contains(Duration.ofSeconds(1));
        assertThat(second.delayBeforeRetry()).contains(Duration.ofSeconds(9));
        assertThat(second.smtpAlert()).isFalse();
        assertThat(second.upperThreshold()).isEqualTo(100);
        assertThat(second.lowerThreshold()).isEqualTo(10);
        assertThat(second.virtualhost()).contains("rs.example.com");
        assertThat(second.snmpName()).contains("rs2");
        assertThat(second.notifyUp()).contains(new ScriptCommand(List.of("/bin/true", "up"), Optional.of("root"), Optional.empty()));
        assertThat(second.notifyDown()).contains(new ScriptCommand(List.of("/bin/true"), Optional.of("root"), Optional.of("root")));
        assertThat(l.diagnostics().counted()).extracting(Diagnostic::kind)
                .containsExactly(ConfigErrorKind.SECURITY_ERROR);
    }

    @Test
    void aRealServerTakesTheForwardingMethodSetBeforeIt() {
        var l = LvsFixture.load("""
                virtual_server 10.0.0.1 80 {
                  lb_algo rr
                  protocol TCP
                  lb_kind DR
                  real_server 10.0.1.1 80 {
                  }
                  lb_kind TUN
                  real_server 10.0.1.2 80 {
                  }
                }
                """);
        assertThat(l.rs(0, 0).forwarding().method()).isEqualTo(Forwarding.Method.DR);
        assertThat(l.rs(0, 1).forwarding().method()).isEqualTo(Forwarding.Method.TUN);
        assertThat(l.vs(0).forwarding().method()).isEqualTo(Forwarding.Method.TUN);
    }

    @Test
    void portsFollowTheForwardingMethod() {
        var l = LvsFixture.load("""
                virtual_server fwmark 7 {
                  lb_algo rr
                  lb_kind DR
                  real_server 10.0.1.1 8080 {
                    lvs_method NAT
                  }
                  real_server 10.0.1.2 8080 {
                  }
                }
                virtual_server 10.0.0.1 80 {
                  lb_algo rr
                  protocol TCP
                  lb_kind NAT
                  real_server 10.0.1.1 {
                  }
                }
                """);
        assertThat(l.vs(0).address()).isEqualTo(new ServiceAddress.Fwmark(7));
        assertThat(l.vs(0).protocol()).isEmpty();
        assertThat(l.rs(0, 0).port()).as("NAT keeps its port").isEqualTo(8080);
        assertThat(l.rs(0, 1).port()).as("DR behind a fwmark has none").isZero();
        assertThat(l.rs(1, 0).port()).as("NAT without port takes the service's").isEqualTo(80);
        assertThat(l.printed()).containsExactly(
                "WARNING - fwmark virtual server FWM 7, real server [10.0.1.2]:none:8080 has port specified - clearing");
    }

    @Test
    void aMissingParameterStopsKeepalivedAndIsFatal() {
        var l = LvsFixture.load("""
                virtual_server 10.0.0.1 80 {
                  lb_algo
                  real_server 10.0.1.1 80 {
                    weight
                  }
                }
                """);
        assertThat(l.diagnostics().counted()).extracting(Diagnostic::keepalivedFormat).containsExactly(
                "(f: Line 2) *** Configuration line starting `lb_algo` is missing a parameter after keyword `lb_algo` at word position 2");
        assertThat(l.diagnostics().counted().get(0).kind()).isEqualTo(ConfigErrorKind.MISSING_PARAMETER);
        assertThat(l.diagnostics().configTestExitCode()).as("keepalived stops reading: exit 2").isEqualTo(2);
    }

    @Test
    void dropsThatKeepalivedOnlyLogsAreNotices() {
        var l = LvsFixture.load("""
                virtual_server group NOPE {
                  real_server 10.0.1.1 80 {
                    notify_up /bin/true nosuchuser
                  }
                }
                """);
        assertThat(l.config().virtualServers()).isEmpty();
        assertThat(l.printed()).isEmpty();
        assertThat(l.diagnostics().all()).extracting(Diagnostic::kind).containsOnly(ConfigErrorKind.NOTICE);
        assertThat(l.diagnostics().all()).extracting(Diagnostic::message).contains(
                "Virtual server group NOPE specified but not configured - ignoring virtual server [NOPE]:0");
    }

    @Test
    void theSslBlockIsTheSslGetClientContext() {
        var l = LvsFixture.load("""
                SSL {
                  password secret
                  ca /etc/ssl/ca.pem
                  certificate /etc/ssl/cert.pem
                  key /etc/ssl/key.pem
                }
                """);
        assertThat(l.config().ssl()).contains(new SslContext(Optional.of("secret"), Optional.of("/etc/ssl/ca.pem"),
                Optional.of("/etc/ssl/cert.pem"), Optional.of("/etc/ssl/key.pem")));
        assertThat(l.config().ssl().orElseThrow().autoGenerated()).isFalse();
        assertThat(LvsFixture.load("SSL {\n}\n").config().ssl().orElseThrow().autoGenerated()).isTrue();
        assertThat(LvsFixture.load("").config().ssl()).isEmpty();
    }
}
