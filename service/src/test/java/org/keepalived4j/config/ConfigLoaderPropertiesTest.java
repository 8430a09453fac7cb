package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.FakeHost;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.testing.PropertyCheck;

/**
 * The whole pipeline (reader, every family, validation) on generated configurations made of
 * keepalived's own keywords with values of every shape, braces dropped, doubled and misplaced:
 * whatever the text, loading ends quickly, throws nothing, places every problem on a line of the
 * file, and yields one of keepalived's exit codes.
 */
class ConfigLoaderPropertiesTest {

    private static final String MAIN = "/etc/keepalived/keepalived.conf";

    private static final List<String> BLOCKS = List.of("global_defs", "vrrp_instance VI_1", "vrrp_instance VI_2",
            "vrrp_sync_group G", "vrrp_script chk", "track_file tf", "vrrp_track_process tp", "static_ipaddress",
            "static_routes", "static_rules", "virtual_ipaddress", "virtual_ipaddress_excluded", "virtual_routes",
            "virtual_rules", "track_script", "track_interface", "unicast_peer", "authentication", "group",
            "virtual_server 192.0.2.10 80", "virtual_server fwmark 5", "virtual_server group vsg",
            "virtual_server_group vsg", "real_server 192.0.2.20 80", "HTTP_GET", "SSL_GET", "TCP_CHECK", "MISC_CHECK",
            "SMTP_CHECK", "DNS_CHECK", "UDP_CHECK", "PING_CHECK", "FILE_CHECK", "BFD_CHECK", "url", "bfd_instance b1",
            "garp_group", "notification_email", "SSL", "linkbeat_interfaces", "track_group tg", "no_such_block");
    private static final List<String> KEYWORDS = List.of("state", "interface", "virtual_router_id", "priority",
            "advert_int", "nopreempt", "preempt_delay", "version", "auth_type", "auth_pass", "unicast_src_ip",
            "router_id", "vrrp_version", "vrrp_strict", "vrrp_garp_master_delay", "script_user", "enable_script_security",
            "script", "interval", "weight", "rise", "fall", "timeout", "notify_master", "notify", "smtp_server",
            "lb_algo", "lb_kind", "lvs_sched", "lvs_method", "protocol", "delay_loop", "persistence_timeout",
            "sorry_server", "quorum", "connect_timeout", "connect_port", "retry", "delay_before_retry", "path",
            "status_code", "digest", "misc_path", "misc_timeout", "type", "name", "neighbor_ip", "min_rx", "file",
            "net_namespace", "instance", "include", "include_check", "dev", "brd", "scope", "table", "via", "from",
            "to", "~SEQ(i,1,3)", "$P=1", "$P", "@vm", "@^vm", "bogus_keyword");
    private static final List<String> VALUES = List.of("MASTER", "BACKUP", "eth0", "eth9", "lo", "51", "0", "256",
            "-1", "100", "255", "1.5", "0.01", "abc", "192.0.2.1", "192.0.2.1/24", "192.0.2.300", "2001:db8::1",
            "2001:db8::1/64", "::", "on", "off", "yes", "maybe", "PASS", "AH", "\"/bin/true arg\"", "'quoted word'",
            "/usr/bin/nonexistent", "rr", "wlc", "NAT", "DR", "TUN", "TCP", "UDP", "200-299", "${P}", "$UNDEF", "\"",
            "{", "}", "#", "!", "\\", "reverse", "dev", "eth0:1", "global");

    @Test
    void anyKeepalivedLikeTextLoadsWithinBoundsAndPlacesEveryProblem() {
        PropertyCheck.forAll("loader: keepalived-like text", 1500, ConfigLoaderPropertiesTest::config, text -> {
            InMemoryConfigFiles files = new InMemoryConfigFiles("/etc/keepalived").file(MAIN, text);
            FakeHost host = FakeHost.debian();
            ConfigLoader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> ConfigLoader.load(MAIN, "vm", files, host));
            int lines = text.split("\n", -1).length;
            for (Diagnostic d : result.diagnostics().all()) {
                assertThat(d.pos().line()).as(d.toString()).isBetween(0, lines);
                assertThat(d.message()).isNotBlank();
            }
            assertThat(result.diagnostics().configTestExitCode()).isIn(0, 2, 4, 5, 6);
            assertThat(result.usable()).isEqualTo(!result.diagnostics().aborted());
        });
    }

    private static <T> T any(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static String config(Random r) {
        StringBuilder sb = new StringBuilder();
        block(r, sb, 0);
        return sb.toString();
    }

    private static void block(Random r, StringBuilder sb, int depth) {
        for (int n = r.nextInt(depth == 0 ? 6 : 5); n >= 0; n--) {
            String indent = "  ".repeat(depth);
            if (depth < 4 && r.nextInt(3) == 0) {
                sb.append(indent).append(any(r, BLOCKS));
                switch (r.nextInt(8)) {
                    case 0 -> sb.append('\n');               // a block without its brace
                    case 1 -> sb.append('\n').append(indent).append("{\n");
                    default -> sb.append(" {\n");
                }
                block(r, sb, depth + 1);
                if (r.nextInt(10) > 0) {                      // sometimes never closed
                    sb.append(indent).append(r.nextInt(12) == 0 ? "} }" : "}").append('\n');
                }
            } else {
                sb.append(indent).append(any(r, KEYWORDS));
                for (int v = r.nextInt(4); v > 0; v--) {
                    sb.append(' ').append(any(r, VALUES));
                }
                sb.append('\n');
            }
        }
    }
}
