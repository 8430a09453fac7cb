package org.keepalived4j.config.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingNamesTest {

    private final RoutingNames debian = RoutingNames.fromFiles(p -> Optional.ofNullable(NetFixture.FILES.get(p)));
    private final RoutingNames bare = RoutingNames.builtIn();

    @Test
    void builtInNamesWithoutAnyFile() {
        assertThat(bare.table("main")).hasValue(254);
        assertThat(bare.table("local")).hasValue(255);
        assertThat(bare.table("default")).hasValue(253);
        assertThat(bare.table("unspec")).isEmpty();
        assertThat(bare.protocol("kernel")).hasValue(2);
        assertThat(bare.protocol("babel")).hasValue(42);
        assertThat(bare.protocol("keepalived")).isEmpty();
        assertThat(bare.scope("link")).hasValue(253);
        assertThat(bare.scope("site")).hasValue(200);
        assertThat(bare.dsfield("EF")).isEmpty();
        assertThat(bare.realm("cosmos")).isEmpty();
        assertThat(bare.group("default")).isEmpty();
        assertThat(bare.ipProtocol("tcp")).isEmpty();
    }

    @Test
    void fileNamesComeFirstAndDefaultsFillTheIdsTheFileLeavesOut() {
        RoutingNames renamed = RoutingNames.fromFiles(p -> p.equals(RoutingNames.TABLES_FILE)
                ? Optional.of("254 primary\n10 ten\n") : Optional.empty());

        assertThat(renamed.table("primary")).hasValue(254);
        assertThat(renamed.table("main")).isEmpty();
        assertThat(renamed.table("local")).hasValue(255);
        assertThat(renamed.table("ten")).hasValue(10);
    }

    @Test
    void filesAsIproute2ShipsThem() {
        assertThat(debian.table("vip")).hasValue(100);
        assertThat(debian.table("unspec")).hasValue(0);
        assertThat(debian.table("inr.ruhep")).isEmpty();
        assertThat(debian.dsfield("AF11")).hasValue(0x28);
        assertThat(debian.dsfield("EF")).hasValue(0xb8);
        assertThat(debian.realm("customers")).hasValue(7);
        assertThat(debian.protocol("bgp")).hasValue(186);
        assertThat(debian.protocol("keepalived")).hasValue(18);
        assertThat(debian.group("uplinks")).hasValue(9);
        assertThat(debian.scope("host")).hasValue(254);
    }

    @Test
    void numbersNeedNoNameAndAreCheckedAgainstTheRange() {
        assertThat(debian.table("0x10")).hasValue(16);
        assertThat(debian.table("010")).hasValue(8);
        assertThat(debian.table("4294967295")).hasValue(0xffffffffL);
        assertThat(debian.dsfield("255")).hasValue(255);
        assertThat(debian.dsfield("256")).isEmpty();
        assertThat(debian.realm("-1")).isEmpty();
        assertThat(debian.group("2147483647")).hasValue(Integer.MAX_VALUE);
        assertThat(debian.group("2147483648")).isEmpty();
        assertThat(debian.table("12abc")).isEmpty();
        assertThat(debian.table("")).isEmpty();
    }

    @Test
    void fileLinesThatAreNotIdAndNameAreSkipped() {
        RoutingNames odd = RoutingNames.fromFiles(p -> p.equals(RoutingNames.REALMS_FILE)
                ? Optional.of("# comment\n5 five extra\n  6\tsix  \n-1 minus\n300 big\nx seven\n0x8 eight\n")
                : Optional.empty());

        assertThat(odd.realm("five")).isEmpty();
        assertThat(odd.realm("six")).hasValue(6);
        assertThat(odd.realm("minus")).isEmpty();
        assertThat(odd.realm("big")).isEmpty();
        assertThat(odd.realm("seven")).isEmpty();
        assertThat(odd.realm("eight")).hasValue(8);
    }

    @Test
    void ipProtocolsByNameOrAlias() {
        assertThat(debian.ipProtocol("tcp")).hasValue(6);
        assertThat(debian.ipProtocol("UDP")).hasValue(17);
        assertThat(debian.ipProtocol("IP")).hasValue(0);
        assertThat(debian.ipProtocol("internet")).isEmpty();
        assertThat(debian.ipProtocol("sctp")).isEmpty();
    }

    @Test
    void theFilesAreReadFromDisk(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("etc/iproute2"));
        Files.writeString(dir.resolve("rt_tables"), "42\tanswer\n");
        Files.writeString(root.resolve("etc/protocols"), "sctp 132 SCTP\n");

        RoutingNames names = RoutingNameFiles.under(root);

        assertThat(names.table("answer")).hasValue(42);
        assertThat(names.table("main")).hasValue(254);
        assertThat(names.ipProtocol("sctp")).hasValue(132);
        assertThat(names.dsfield("EF")).isEmpty();
    }

    @Test
    void filesMapCoversEveryName() {
        assertThat(RoutingNames.FILES).containsExactlyInAnyOrderElementsOf(Map.copyOf(NetFixture.FILES).keySet());
    }
}
