package org.keepalived4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.bfd.BfdBlocks;
import org.keepalived4j.config.global.GlobalBlocks;
import org.keepalived4j.config.lvs.LvsBlocks;
import org.keepalived4j.config.text.ConfigReader;
import org.keepalived4j.config.text.InMemoryConfigFiles;
import org.keepalived4j.config.vrrp.VrrpBlocks;

/**
 * The block structure each keepalived process gives broken text. Every expectation here was
 * measured with keepalived 2.2.7 {@code -t} (the configurations are in
 * dist/src/test/resources/configs/broken/blocks-*.conf, where the differential test runs them).
 */
class BlockStructureTest {

    private static final String FILE = "/etc/keepalived/keepalived.conf";
    private static final String INSTANCE_VIP = """
                virtual_ipaddress {
                    192.168.200.10
                }
            """;

    /** The reader's tree of the text, restructured. */
    private static BlockStructure structure(String text) {
        Diagnostics readerProblems = new Diagnostics();
        List<Directive> tree = new ConfigReader(new InMemoryConfigFiles("/etc/keepalived").file(FILE, text), "main",
                readerProblems).read(FILE);
        return BlockStructure.of(tree);
    }

    /**
     * Statements joined with "; ", a block in braces followed by "@" and the line that ended it
     * ("@EOF" when the text ended first).
     */
    private static String tree(List<Directive> ds) {
        StringBuilder sb = new StringBuilder();
        for (Directive d : ds) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(String.join(" ", d.words()));
            if (d.hasBlock()) {
                sb.append(" {").append(tree(d.children())).append('}').append(d.closed() ? "@" + d.end().line() : "@EOF");
            }
        }
        return sb.toString();
    }

    private static String tree(BlockStructure s, KeepalivedProcess p) {
        return tree(s.view(p).topLevel());
    }

    /** "KIND line" for each problem of one process, in its order. */
    private static List<String> problems(BlockStructure s, KeepalivedProcess p) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : s.view(p).problems()) {
            out.add(d.kind() + " " + d.pos().line());
        }
        return out;
    }

    private static List<String> messages(BlockStructure s, KeepalivedProcess p) {
        return s.view(p).problems().stream().map(d -> d.pos().line() + " " + d.message()).toList();
    }

    @Nested
    class UnexpectedOpeningBrace {

        @Test
        void theBlockOfAnUnknownTopLevelKeywordIsReadAtTheTopLevelAndItsCloseIsAKeyword() {
            BlockStructure s = structure("no_such_block {\n  foo 1\n  nested {\n    x\n  }\n}\n");
            for (KeepalivedProcess p : KeepalivedProcess.values()) {
                assertThat(tree(s, p)).isEqualTo("no_such_block; foo 1; nested; x; }; }");
                assertThat(messages(s, p)).containsExactly(
                        "1 Unknown keyword 'no_such_block'",
                        "1 Unexpected '{' - ignoring",
                        "2 Unknown keyword 'foo'",
                        "3 Unknown keyword 'nested'",
                        "3 Unexpected '{' - ignoring",
                        "4 Unknown keyword 'x'",
                        "5 Unknown keyword '}'",
                        "6 Unknown keyword '}'");
            }
            assertThat(s.view(KeepalivedProcess.PARENT).problems().get(1).kind()).isEqualTo(ConfigErrorKind.UNEXPECTED_BOB);
        }

        @Test
        void anUnknownBlockInsideAnInstanceEndsTheInstanceAtItsClose() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        state MASTER
                        interface eth0
                        foo {
                            bar 1
                        }
                        virtual_router_id 51
                        priority 100
                        virtual_ipaddress {
                            192.168.200.10
                        }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_1 {state MASTER; interface eth0; foo; bar 1}@6; "
                    + "virtual_router_id 51; priority 100; virtual_ipaddress; 192.168.200.10; }; }");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly(
                    "UNEXPECTED_BOB 4", "UNKNOWN_KEYWORD 7", "UNKNOWN_KEYWORD 8", "UNKNOWN_KEYWORD 9", "UNEXPECTED_BOB 9",
                    "UNKNOWN_KEYWORD 10", "UNKNOWN_KEYWORD 11", "UNKNOWN_KEYWORD 12");
            // the other processes skip the instance by counting its braces, which balance
            for (KeepalivedProcess p : List.of(KeepalivedProcess.PARENT, KeepalivedProcess.CHECKER, KeepalivedProcess.BFD)) {
                assertThat(tree(s, p)).isEqualTo("vrrp_instance VI_1");
                assertThat(problems(s, p)).isEmpty();
            }
        }

        @Test
        void aKnownKeywordWithoutSubLevelTakesNoBlock() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        interface eth0
                        virtual_router_id 51
                        priority 100 {
                            advert_int 2
                        }
                    """ + INSTANCE_VIP + "}\n");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_1 {interface eth0; virtual_router_id 51; "
                    + "priority 100; advert_int 2}@6; virtual_ipaddress; 192.168.200.10; }; }");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly(
                    "UNEXPECTED_BOB 4", "UNKNOWN_KEYWORD 7", "UNEXPECTED_BOB 7", "UNKNOWN_KEYWORD 8", "UNKNOWN_KEYWORD 9",
                    "UNKNOWN_KEYWORD 10");
        }

        @Test
        void aBraceAfterABraceIsUnexpectedButStillCountedWhereABlockIsSkipped() {
            BlockStructure s = structure("vrrp_instance VI_1 {\n    {\n    interface eth0\n    virtual_router_id 51\n"
                    + INSTANCE_VIP + "}\nglobal_defs {\n    router_id r1\n}\n");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo(
                    "vrrp_instance VI_1 {interface eth0; virtual_router_id 51; virtual_ipaddress {192.168.200.10}@7}@8; global_defs");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("UNEXPECTED_BOB 2");
            // the parent skips the instance and never finds its end: global_defs is swallowed
            assertThat(tree(s, KeepalivedProcess.PARENT)).isEqualTo("vrrp_instance VI_1");
            assertThat(problems(s, KeepalivedProcess.PARENT)).isEmpty();
        }

        @Test
        void aBlockInsideAUrlEndsTheUrlAndTheRestIsReadOneLevelUp() {
            BlockStructure s = structure("""
                    virtual_server 192.168.200.100 80 {
                        real_server 192.168.200.2 80 {
                            HTTP_GET {
                                url {
                                    path /
                                    foo {
                                        x 1
                                    }
                                    status_code 200
                                }
                                connect_timeout 3
                            }
                        }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.CHECKER)).isEqualTo("virtual_server 192.168.200.100 80 {real_server 192.168.200.2 80 "
                    + "{HTTP_GET {url {path /; foo; x 1}@8; status_code 200}@10; connect_timeout 3}@12}@13; }");
            assertThat(problems(s, KeepalivedProcess.CHECKER)).containsExactly("UNEXPECTED_BOB 6", "UNKNOWN_KEYWORD 14");
        }
    }

    @Nested
    class MissingOpeningBrace {

        @Test
        void aBlockKeywordWithoutBraceTakesTheLinesUpToTheNextClose() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1
                      state MASTER
                      interface eth0
                      virtual_router_id 51
                      priority 100
                      virtual_ipaddress {
                        192.168.200.10
                      }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_1 {state MASTER; interface eth0; "
                    + "virtual_router_id 51; priority 100; virtual_ipaddress {192.168.200.10}@8}@9");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("MISSING_BOB 2");
            Directive instance = s.view(KeepalivedProcess.VRRP).topLevel().get(0);
            assertThat(instance.brace()).isNull();
            // for the parent the keyword is skipped, but without its '{' nothing is: the lines are top level
            assertThat(problems(s, KeepalivedProcess.PARENT)).containsExactly("UNKNOWN_KEYWORD 2", "UNKNOWN_KEYWORD 3",
                    "UNKNOWN_KEYWORD 4", "UNKNOWN_KEYWORD 5", "UNKNOWN_KEYWORD 6", "UNEXPECTED_BOB 6", "UNKNOWN_KEYWORD 7",
                    "UNKNOWN_KEYWORD 8", "UNKNOWN_KEYWORD 9");
        }

        @Test
        void aCloseRightAfterTheKeywordIsTheMissingBraceAndEndsAnEmptyBlock() {
            BlockStructure s = structure("vrrp_instance VI_2\n}\n");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_2 {}@2");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("MISSING_BOB 2");
        }

        @Test
        void atTheEndOfTheTextNothingIsMissing() {
            BlockStructure s = structure("vrrp_instance VI_2\n");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_2 {}@EOF");
            assertThat(problems(s, KeepalivedProcess.VRRP)).isEmpty();
        }

        @Test
        void nestedBlocksWithoutBracesEachReportTheirNextLine() {
            BlockStructure s = structure("""
                    virtual_server 192.168.200.100 80 {
                        real_server 192.168.200.2 80 {
                            HTTP_GET
                                url
                                    path /
                                    status_code 200
                                }
                                connect_timeout 3
                            }
                        }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.CHECKER)).isEqualTo("virtual_server 192.168.200.100 80 {real_server 192.168.200.2 80 "
                    + "{HTTP_GET {url {path /; status_code 200}@7; connect_timeout 3}@9}@10}@11");
            assertThat(problems(s, KeepalivedProcess.CHECKER)).containsExactly("MISSING_BOB 4", "MISSING_BOB 5");
        }

        @Test
        void globalDefsWithoutBraceIsReadByTheParentOnlyAndSkippedByNoOne() {
            BlockStructure s = structure("global_defs\n    router_id r1\n    script_user root\n}\n");
            assertThat(tree(s, KeepalivedProcess.PARENT)).isEqualTo("global_defs {router_id r1; script_user root}@4");
            assertThat(problems(s, KeepalivedProcess.PARENT)).containsExactly("MISSING_BOB 2");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("global_defs; router_id r1; script_user root; }");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("UNKNOWN_KEYWORD 2", "UNKNOWN_KEYWORD 3",
                    "UNKNOWN_KEYWORD 4");
        }
    }

    @Nested
    class ValueBlocks {

        @Test
        void withoutBraceTheValuesRunToTheFirstCloseWhichTheEnclosingBlockThenLacks() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        interface eth0
                        virtual_router_id 51
                        virtual_ipaddress
                            192.168.200.10
                        }
                        priority 100
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo(
                    "vrrp_instance VI_1 {interface eth0; virtual_router_id 51; virtual_ipaddress {192.168.200.10}@6; priority 100}@8");
            // keepalived only logs the missing '{' of a value block
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("NOTICE 5");
            assertThat(messages(s, KeepalivedProcess.VRRP)).containsExactly("5 '{' missing from beginning of block virtual_ipaddress");
        }

        @Test
        void bracesInsideAValueBlockAreValuesAndItsFirstCloseEndsIt() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        interface eth0
                        virtual_router_id 51
                        virtual_ipaddress {
                            192.168.200.10
                            extra {
                                192.168.200.11
                            }
                            192.168.200.12
                        }
                        priority 100
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_1 {interface eth0; virtual_router_id 51; "
                    + "virtual_ipaddress {192.168.200.10; extra; {; 192.168.200.11}@8; 192.168.200.12}@10; priority 100; }");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("UNKNOWN_KEYWORD 11", "UNKNOWN_KEYWORD 12");
        }

        @Test
        void wordsAfterTheKeywordAreExtraParametersAndTheFollowingLinesStillItsValues() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        interface eth0
                        virtual_router_id 51
                        virtual_ipaddress 192.168.200.10
                        priority 100
                    }
                    vrrp_instance VI_2 {
                        interface eth0
                    """ + INSTANCE_VIP + "}\n");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("vrrp_instance VI_1 {interface eth0; virtual_router_id 51; "
                    + "virtual_ipaddress 192.168.200.10 {priority 100}@6; vrrp_instance VI_2; interface eth0; "
                    + "virtual_ipaddress {192.168.200.10}@11}@12");
            assertThat(messages(s, KeepalivedProcess.VRRP)).containsExactly(
                    "4 Block virtual_ipaddress has extra parameters 192.168.200.10 ...",
                    "5 '{' missing from beginning of block virtual_ipaddress",
                    "7 Unexpected '{' - ignoring");
            assertThat(s.view(KeepalivedProcess.VRRP).problems().get(0).kind()).isEqualTo(ConfigErrorKind.GENERAL_ERROR);
        }

        @Test
        void aTrackScriptBlockWithABlockInsideEndsAtItsFirstClose() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        track_script {
                            chk {
                                weight 2
                            }
                        }
                        virtual_ipaddress {
                            192.168.200.10
                        }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo(
                    "vrrp_instance VI_1 {track_script {chk; {; weight 2}@5}@6; virtual_ipaddress; 192.168.200.10; }; }");
            assertThat(problems(s, KeepalivedProcess.VRRP)).containsExactly("UNKNOWN_KEYWORD 7", "UNEXPECTED_BOB 7",
                    "UNKNOWN_KEYWORD 8", "UNKNOWN_KEYWORD 9", "UNKNOWN_KEYWORD 10");
        }

        @Test
        void notificationEmailWithoutBraceClosesGlobalDefsEarlyOnlyForTheProcessesThatSkipIt() {
            BlockStructure s = structure("global_defs {\n    notification_email\n        root@localhost\n    }\n"
                    + "    router_id r1\n}\n");
            assertThat(tree(s, KeepalivedProcess.PARENT)).isEqualTo(
                    "global_defs {notification_email {root@localhost}@4; router_id r1}@6");
            assertThat(problems(s, KeepalivedProcess.PARENT)).containsExactly("NOTICE 3");
            assertThat(tree(s, KeepalivedProcess.CHECKER)).isEqualTo("global_defs; router_id r1; }");
            assertThat(problems(s, KeepalivedProcess.CHECKER)).containsExactly("UNKNOWN_KEYWORD 5", "UNKNOWN_KEYWORD 6");
        }

        @Test
        void aVirtualServerGroupWithExtraWordsStopsTheChecker() {
            BlockStructure s = structure("virtual_server 10.0.0.1 80 {\n}\nvirtual_server_group G1 extra {\n"
                    + "    192.168.200.100 80\n}\n");
            BlockStructure.View checker = s.view(KeepalivedProcess.CHECKER);
            assertThat(checker.stop()).isEqualTo(new BlockStructure.Stop(new SourcePos(FILE, 3), List.of(), 0));
            assertThat(tree(checker.topLevel())).isEqualTo("virtual_server 10.0.0.1 80 {}@2");
            assertThat(s.view(KeepalivedProcess.VRRP).stop()).isNull();
        }
    }

    @Nested
    class SkippedBlocks {

        @Test
        void aDuplicateInstanceIsSkippedByCountingBracesSoNothingInsideIsReported() {
            BlockStructure s = structure("""
                    vrrp_instance VI_1 {
                        interface eth0
                    }
                    vrrp_instance VI_1 {
                        foo {
                            x
                        }
                        priority 100
                    }
                    vrrp_instance {
                        bar {
                        }
                    }
                    """);
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo(
                    "vrrp_instance VI_1 {interface eth0}@3; vrrp_instance VI_1 {}@9; vrrp_instance {}@13");
            assertThat(problems(s, KeepalivedProcess.VRRP)).isEmpty();
        }

        @Test
        void aWellFormedTextKeepsItsBracesForTheProcessThatOwnsEachBlock() {
            String text = """
                    global_defs {
                        notification_email {
                            root@localhost
                        }
                        router_id r1
                    }
                    vrrp_instance VI_1 {
                        interface eth0
                        authentication {
                            auth_type PASS
                        }
                    """ + INSTANCE_VIP + """
                    }
                    virtual_server 10.0.0.1 80 {
                        real_server 10.0.0.2 80 {
                            SMTP_CHECK {
                                host {
                                    connect_ip 10.0.0.2
                                }
                            }
                        }
                    }
                    bfd_instance B1 {
                        neighbor_ip 10.0.0.3
                    }
                    """;
            BlockStructure s = structure(text);
            assertThat(tree(s, KeepalivedProcess.PARENT)).isEqualTo("global_defs {notification_email {root@localhost}@4; "
                    + "router_id r1}@6; vrrp_instance VI_1; virtual_server 10.0.0.1 80; bfd_instance B1");
            assertThat(tree(s, KeepalivedProcess.VRRP)).isEqualTo("global_defs; vrrp_instance VI_1 {interface eth0; "
                    + "authentication {auth_type PASS}@11; virtual_ipaddress {192.168.200.10}@14}@15; virtual_server 10.0.0.1 80; "
                    + "bfd_instance B1 {neighbor_ip 10.0.0.3}@27");
            assertThat(tree(s, KeepalivedProcess.CHECKER)).isEqualTo("global_defs; vrrp_instance VI_1; virtual_server 10.0.0.1 80 "
                    + "{real_server 10.0.0.2 80 {SMTP_CHECK {host {connect_ip 10.0.0.2}@21}@22}@23}@24; "
                    + "bfd_instance B1 {neighbor_ip 10.0.0.3}@27");
            for (KeepalivedProcess p : KeepalivedProcess.values()) {
                assertThat(problems(s, p)).isEmpty();
            }
        }
    }

    @Nested
    class Keywords {

        @Test
        void theTopLevelKeywordsAreThoseTheFamiliesOwn() {
            Set<String> owned = new HashSet<>();
            owned.addAll(new GlobalBlocks().topLevelKeywords());
            owned.addAll(new VrrpBlocks().topLevelKeywords());
            owned.addAll(new LvsBlocks().topLevelKeywords());
            owned.addAll(new BfdBlocks().topLevelKeywords());
            assertThat(BlockStructure.topLevelKeywords()).containsExactlyInAnyOrderElementsOf(owned);
        }

        @Test
        void asWrittenEveryProcessSeesTheTreeAndTheParentReportsUnknownTopLevelKeywords() {
            List<Directive> tree = List.of(Directive.line(new SourcePos("t.conf", 1), "nonsense"),
                    Directive.line(new SourcePos("t.conf", 2), "net_namespace", "x"));
            BlockStructure s = BlockStructure.asWritten(tree);
            assertThat(messages(s, KeepalivedProcess.PARENT)).containsExactly("1 Unknown keyword 'nonsense'");
            for (KeepalivedProcess p : KeepalivedProcess.values()) {
                assertThat(s.view(p).topLevel()).isEqualTo(tree);
            }
            assertThat(problems(s, KeepalivedProcess.VRRP)).isEmpty();
        }
    }

    @Nested
    class ThroughTheParser {

        /** A host with no interfaces, users, files or namespaces. */
        private static final HostFacts BARE_HOST = new HostFacts() {
            @Override
            public Optional<NetInterface> networkInterface(String name) {
                return Optional.empty();
            }

            @Override
            public boolean userExists(String name) {
                return false;
            }

            @Override
            public boolean groupExists(String name) {
                return false;
            }

            @Override
            public Optional<FileFacts> file(String path) {
                return Optional.empty();
            }

            @Override
            public boolean resolvesHostName(String name) {
                return false;
            }

            @Override
            public boolean networkNamespaceExists(String name) {
                return false;
            }

            @Override
            public String shortHostname() {
                return "node1";
            }

            @Override
            public String hostname() {
                return "node1.example";
            }
        };

        private final Diagnostics diagnostics = new Diagnostics();

        private List<String> reported() {
            return diagnostics.printed().stream().map(d -> d.pos().line() + " " + d.message()).toList();
        }

        @Test
        void whatEveryProcessFindsIsReportedOnce() {
            ConfigParser.parse(structure("no_such_block {\n  foo 1\n}\n"), new ParseContext(diagnostics, BARE_HOST));
            assertThat(reported()).containsExactly("1 Unknown keyword 'no_such_block'", "1 Unexpected '{' - ignoring",
                    "2 Unknown keyword 'foo'", "3 Unknown keyword '}'");
        }

        @Test
        void aMissingNamespaceStopsBeforeTheOtherProcessesReportTheirStructure() {
            BlockStructure s = structure("net_namespace nosuch\nvrrp_instance VI_1\n  state MASTER\n}\n");
            assertThatThrownBy(() -> ConfigParser.parse(s, new ParseContext(diagnostics, BARE_HOST))).isInstanceOf(ConfigAbort.class);
            // the VRRP process would have said "Missing '{'" at line 3
            assertThat(reported()).containsExactly("3 Unknown keyword 'state'", "4 Unknown keyword '}'");
            assertThat(diagnostics.configTestExitCode()).isZero();
        }

        @Test
        void aVirtualServerGroupWithExtraWordsStopsTheLoadAtItsLine() {
            BlockStructure s = structure("virtual_server_group G1 extra {\n    192.168.200.100 80\n}\n");
            assertThatThrownBy(() -> ConfigParser.parse(s, new ParseContext(diagnostics, BARE_HOST))).isInstanceOf(ConfigAbort.class);
            assertThat(reported()).containsExactly("1 *** Configuration line starting `***MISSING ***` is missing a parameter at word position 1");
            assertThat(diagnostics.configTestExitCode()).isEqualTo(2);
        }
    }
}
