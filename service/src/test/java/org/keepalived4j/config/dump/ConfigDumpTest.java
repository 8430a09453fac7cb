package org.keepalived4j.config.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.daemon.FakeConfigSource;

class ConfigDumpTest {

    enum State { MASTER, BACKUP }

    sealed interface Check permits TcpCheck, MiscCheck { }

    record TcpCheck(int connectPort, Duration connectTimeout) implements Check { }

    record MiscCheck(String miscPath) implements Check { }

    record Instance(String name, State state, int virtualRouterId, Duration advertInt, List<IpPrefix> virtualIpaddress,
            Optional<String> notifyMaster, OptionalInt garpMasterRepeat, Set<String> trackInterface,
            Map<String, Integer> trackScriptWeights, List<Check> checks) { }

    record Global(String routerId, Optional<IpAddress> smtpServer, List<String> notificationEmail) { }

    record Whole(Global global, List<Instance> instances, boolean vrrpStrict) { }

    private static Instance vi1(Set<String> tracked, Map<String, Integer> weights) {
        return new Instance("VI_1", State.BACKUP, 51, Duration.ofMillis(1500),
                List.of(IpPrefix.parse("192.0.2.10/24").orElseThrow(), IpPrefix.parse("2001:db8::1").orElseThrow()),
                Optional.of("/usr/local/bin/notify master.sh"), OptionalInt.empty(), tracked, weights,
                List.of(new TcpCheck(80, Duration.ofSeconds(3)), new MiscCheck("/bin/true")));
    }

    private static Whole whole(Set<String> tracked, Map<String, Integer> weights) {
        return new Whole(new Global("lb1", Optional.empty(), List.of()), List.of(vi1(tracked, weights)), true);
    }

    @Test
    void showsRecordsListsOptionalsDurationsEnumsAndValuesAsIndentedText() {
        String dump = ConfigDump.dump(whole(Set.of("eth1", "eth0"), Map.of("chk_b", -10, "chk_a", 5)));

        assertThat(dump).isEqualTo("""
                Whole
                  global: Global
                    router_id: lb1
                    smtp_server: (unset)
                    notification_email: []
                  instances:
                    - Instance
                      name: VI_1
                      state: BACKUP
                      virtual_router_id: 51
                      advert_int: 1.5s
                      virtual_ipaddress:
                        - 192.0.2.10/24
                        - 2001:db8::1/128
                      notify_master: "/usr/local/bin/notify master.sh"
                      garp_master_repeat: (unset)
                      track_interface:
                        - eth0
                        - eth1
                      track_script_weights:
                        chk_a: 5
                        chk_b: -10
                      checks:
                        - TcpCheck
                          connect_port: 80
                          connect_timeout: 3s
                        - MiscCheck
                          misc_path: /bin/true
                  vrrp_strict: true
                """);
    }

    @Test
    void theSameConfigurationAlwaysGivesTheSameTextWhateverTheIterationOrderOfItsSetsAndMaps() {
        Random random = new Random(42);
        String reference = null;
        for (int round = 0; round < 200; round++) {
            List<String> names = new ArrayList<>(List.of("eth0", "eth1", "bond0", "vlan.10", "veth-a"));
            Collections.shuffle(names, random);
            Set<String> tracked = new HashSet<>(names.size() * (1 + random.nextInt(8)));
            tracked.addAll(names);
            Map<String, Integer> weights = new LinkedHashMap<>();
            for (String n : names) {
                weights.put("chk_" + n, n.length());
            }
            String dump = ConfigDump.dump(whole(tracked, weights));
            if (reference == null) {
                reference = dump;
            }
            assertThat(dump).isEqualTo(reference);
        }
        assertThat(ConfigDump.dump(whole(Set.of("eth0"), new HashMap<>(Map.of("a", 1, "b", 2)))))
                .isEqualTo(ConfigDump.dump(whole(Set.of("eth0"), new TreeMap<>(Map.of("b", 2, "a", 1)))));
    }

    @Test
    void theParsedDefaultConfigurationDumpsStably() {
        String first = ConfigDump.dump(FakeConfigSource.emptyConfig());
        assertThat(first).startsWith("KeepalivedConfig\n  global: GlobalConfig\n");
        assertThat(ConfigDump.dump(FakeConfigSource.emptyConfig())).isEqualTo(first);
        assertThat(ConfigDump.lines(FakeConfigSource.emptyConfig())).containsExactlyElementsOf(
                List.of(first.split("\n")));
    }

    @Test
    void aRecordThatWritesItsOwnTextIsShownAsThatText() {
        record Pair(IpPrefix prefix, IpAddress address) { }
        assertThat(ConfigDump.dump(new Pair(IpPrefix.parse("10.0.0.0/8").orElseThrow(),
                IpAddress.parse("fe80::1").orElseThrow()))).isEqualTo("Pair\n  prefix: 10.0.0.0/8\n  address: fe80::1\n");
    }

    @Test
    void emptyCollectionsAndMapsAreShownAsEmpty() {
        record Empty(List<String> list, Map<String, String> map, Set<Integer> set, Optional<List<String>> maybe) { }
        assertThat(ConfigDump.dump(new Empty(List.of(), Map.of(), Set.of(), Optional.of(List.of("x")))))
                .isEqualTo("Empty\n  list: []\n  map: {}\n  set: []\n  maybe:\n    - x\n");
    }

    @Test
    void nestedListsAndMapsOfRecordsAreIndentedUnderTheirItem() {
        record Rs(String ip, int port) { }
        record Vs(Map<String, List<Rs>> groups) { }
        assertThat(ConfigDump.dump(new Vs(Map.of("web", List.of(new Rs("10.0.0.1", 80))))))
                .isEqualTo("Vs\n  groups:\n    web:\n      - Rs\n        ip: 10.0.0.1\n        port: 80\n");
    }

    @Test
    void aValueThatIsNotARecordIsShownAlone() {
        assertThat(ConfigDump.dump("two words")).isEqualTo("\"two words\"\n");
        assertThat(ConfigDump.dump(List.of(1, 2))).isEqualTo("value:\n  - 1\n  - 2\n");
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "1000, 1s", "1500, 1.5s", "10, 0.01s", "3600000, 3600s"})
    void durationsAreSecondsAsKeepalivedWritesThem(long millis, String text) {
        assertThat(ConfigDump.seconds(Duration.ofMillis(millis))).isEqualTo(text);
    }

    @Test
    void subMillisecondDurationsKeepTheirPrecision() {
        assertThat(ConfigDump.seconds(Duration.ofNanos(1_000))).isEqualTo("0.000001s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "lb1; lb1",
        "/etc/keepalived/notify.sh; /etc/keepalived/notify.sh",
        "192.0.2.1:80; 192.0.2.1:80",
        "a b; \"a b\"",
        "''; \"\"",
        "say \"hi\"; \"say \\\"hi\\\"\"",
    })
    void stringsAreBareWhenPlainAndQuotedOtherwise(String text, String shown) {
        assertThat(ConfigDump.quoteIfNeeded(text)).isEqualTo(shown);
    }

    @Test
    void controlCharactersAreEscaped() {
        assertThat(ConfigDump.quoteIfNeeded("a\nb\tc\u0001")).isEqualTo("\"a\\nb\\tc\\u0001\"");
    }

    @ParameterizedTest
    @CsvSource({"routerId, router_id", "vrrpV3, vrrp_v3", "HTTPGet, http_get", "ipv4Address, ipv4_address",
        "name, name", "lvsSyncDaemon, lvs_sync_daemon"})
    void componentNamesAreSnakeCaseLikeKeywords(String component, String shown) {
        assertThat(ConfigDump.snakeCase(component)).isEqualTo(shown);
    }

    @Test
    void aComponentWhoseAccessorFailsIsShownNotThrown() {
        record Faulty(String name) {
            @Override
            public String name() {
                throw new IllegalStateException("boom");
            }
        }
        assertThat(ConfigDump.dump(new Faulty("x"))).contains("name: <unreadable: java.lang.IllegalStateException: boom>");
    }
}
