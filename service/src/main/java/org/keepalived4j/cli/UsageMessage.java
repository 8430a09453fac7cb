package org.keepalived4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The text of {@code -h}, rendered by picocli from {@link CommandLineOptions#DECLARED}. Only
 * {@code -h} loads picocli: its model is built here, by its programmatic API, so that no other
 * run pays for it.
 */
final class UsageMessage {

    private UsageMessage() {
    }

    static String text() {
        CommandSpec spec = CommandSpec.create().name("keepalived4j");
        spec.usageMessage().sortOptions(false).width(100).abbreviateSynopsis(true)
                .customSynopsis("keepalived4j [OPTION...]")
                .description("Keepalived (VRRP failover and LVS health checking) for the JVM; "
                        + "accepts keepalived 2.2.7's options.")
                .footer("", "Settings: /etc/keepalived4j/keepalived4j.properties "
                        + "(-Dkeepalived4j.properties=FILE or KEEPALIVED4J_PROPERTIES to change).");
        for (CommandLineOptions.Declared d : CommandLineOptions.DECLARED) {
            OptionShape s = d.shape();
            OptionSpec.Builder option = s.shortName() == 0 ? OptionSpec.builder("--" + s.longName())
                    : OptionSpec.builder("-" + s.shortName(), "--" + s.longName());
            option.description(d.description().toArray(String[]::new)).hidden(d.hidden());
            switch (s.argument()) {
                case NONE -> option.arity("0").type(boolean.class);
                case REQUIRED -> option.arity("1").type(String.class).paramLabel(d.paramLabel());
                case OPTIONAL -> option.arity("0..1").type(String.class).paramLabel(d.paramLabel());
            }
            spec.addOption(option.build());
        }
        return new CommandLine(spec).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
