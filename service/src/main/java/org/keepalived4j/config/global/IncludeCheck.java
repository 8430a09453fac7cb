package org.keepalived4j.config.global;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code include_check [OPTIONS]}: which include problems are errors. keepalived 2.2.7 does not
 * recognise the word {@code readable} (it reports it as unknown) although a bare
 * {@code include_check} turns that check on with the others.
 */
public record IncludeCheck(Set<Option> options) {

    public enum Option {
        READABLE("readable"), MATCH("match"), WILDCARD_MATCH("wildcard_match"), BRACE_MATCH("brace_match");

        public final String word;

        Option(String word) {
            this.word = word;
        }
    }

    public static final IncludeCheck NONE = new IncludeCheck(EnumSet.noneOf(Option.class));
    public static final IncludeCheck ALL = new IncludeCheck(EnumSet.allOf(Option.class));

    public IncludeCheck {
        options = Collections.unmodifiableSet(options.isEmpty() ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(options));
    }

    public boolean has(Option o) {
        return options.contains(o);
    }
}
