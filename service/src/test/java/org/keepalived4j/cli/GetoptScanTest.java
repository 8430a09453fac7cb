package org.keepalived4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keepalived4j.cli.OptionShape.Argument;

class GetoptScanTest {

    static final List<OptionShape> SHAPES = List.of(
            new OptionShape("use-file", 'f', Argument.REQUIRED),
            new OptionShape("log-console", 'l', Argument.NONE),
            new OptionShape("log-detail", 'D', Argument.NONE),
            new OptionShape("log-facility", 'S', Argument.REQUIRED),
            new OptionShape("dont-fork", 'n', Argument.NONE),
            new OptionShape("config-id", 'i', Argument.REQUIRED),
            new OptionShape("config-test", 't', Argument.OPTIONAL),
            new OptionShape("config-fd", (char) 0, Argument.REQUIRED),
            new OptionShape("core-dump-pattern", 'M', Argument.OPTIONAL),
            new OptionShape("signum", (char) 0, Argument.REQUIRED),
            new OptionShape("all", (char) 0, Argument.NONE),
            new OptionShape("all-config", 'e', Argument.NONE));

    /** The scan written compactly: {@code name=value} for options, {@code !message} for refusals. */
    private static String scan(String commandLine) {
        List<String> args = commandLine.isEmpty() ? List.of() : List.of(commandLine.split(" "));
        GetoptScan.Result r = GetoptScan.scan(args, SHAPES);
        String items = r.items().stream().map(i -> i instanceof GetoptScan.Given g
                ? g.option().longName() + (g.value() == null ? "" : "=" + g.value())
                : "!" + ((GetoptScan.Refused) i).message()).collect(Collectors.joining(" | "));
        return r.operands().isEmpty() ? items : items + " || " + String.join(" ", r.operands());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // short options, alone and clustered
        "-l; log-console",
        "-lDn; log-console | log-detail | dont-fork",
        "-DD; log-detail | log-detail",
        // required arguments: attached, detached, at the end of a cluster
        "-f /x.conf; use-file=/x.conf",
        "-f/x.conf; use-file=/x.conf",
        "-lf /x.conf; log-console | use-file=/x.conf",
        "-lfx.conf; log-console | use-file=x.conf",
        "-ft /x.conf; use-file=t || /x.conf",
        // getopt takes the next word as the argument, even when it looks like an option
        "-f -t; use-file=-t",
        "--config-id -t; config-id=-t",
        // long options, = or next word
        "--use-file=/x.conf; use-file=/x.conf",
        "--use-file /x.conf; use-file=/x.conf",
        "--use-file=a=b; use-file=a=b",
        // optional arguments only when attached
        "-t; config-test",
        "-t/tmp/log; config-test=/tmp/log",
        "-t /tmp/log; config-test || /tmp/log",
        "--config-test=/tmp/log; config-test=/tmp/log",
        "--config-test /tmp/log; config-test || /tmp/log",
        "--config-test=; config-test",
        "-lt/tmp/log; log-console | config-test=/tmp/log",
        "-tl; config-test=l",
        "-M; core-dump-pattern",
        "-Mcore.%p; core-dump-pattern=core.%p",
        "--core-dump-pattern=x; core-dump-pattern=x",
        // abbreviations: unique prefixes are accepted, exact names win over longer ones
        "--use=/x; use-file=/x",
        "--sig=STOP; signum=STOP",
        "--config-t; config-test",
        "--all; all",
        "--all-c; all-config",
        "--conf; !Unknown option --conf",
        "--config; !Unknown option --config",
        // unknown options and bad arguments, with keepalived's messages, reading on
        "--bogus -l; !Unknown option --bogus | log-console",
        "-Z; !Unknown option -Z",
        "-lZn; log-console | !Unknown option -Z | dont-fork",
        "--dont-fork=1; !Unknown option --dont-fork=1",
        "-f; !Missing parameter for option -f",
        "-lf; log-console | !Missing parameter for option -f",
        "--use-file; !Missing parameter for option --use-file",
        "--use-file=; !Missing parameter for option --use-file",
        "--signum; !Missing parameter for option --signum",
        // operands anywhere; -- ends the options; a lone - is an operand
        "foo -l bar; log-console || foo bar",
        "-l -- -n; log-console || -n",
        "- -l; log-console || -",
    })
    void readsTheCommandLineAsKeepalivedsGetoptDoes(String commandLine, String expected) {
        assertThat(scan(commandLine)).isEqualTo(expected);
    }

    @Test
    void anEmptyCommandLineHasNothing() {
        assertThat(scan("")).isEmpty();
    }

    @Test
    void anEmptyDetachedArgumentOfALongOptionIsMissingButOfAShortOneIsAValue() {
        assertThat(GetoptScan.scan(List.of("--use-file", ""), SHAPES).items())
                .containsExactly(new GetoptScan.Refused("Missing parameter for option --use-file"));
        assertThat(GetoptScan.scan(List.of("-f", ""), SHAPES).items())
                .containsExactly(new GetoptScan.Given(SHAPES.get(0), ""));
    }
}
