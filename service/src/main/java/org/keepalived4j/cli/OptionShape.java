package org.keepalived4j.cli;

/**
 * One option as {@code getopt_long(3)} sees it: its long name, its short letter (0 if none) and
 * whether it takes an argument.
 */
record OptionShape(String longName, char shortName, Argument argument) {

    enum Argument {
        NONE,
        /** Given attached ({@code -fFILE}, {@code --use-file=FILE}) or as the next word, whatever it looks like. */
        REQUIRED,
        /** Only attached ({@code -tLOG}, {@code --config-test=LOG}); a following word is not taken. */
        OPTIONAL
    }

    /** How messages name the option: {@code -f/--use-file}, or {@code --all}. */
    String display() {
        return shortName == 0 ? "--" + longName : "-" + shortName + "/--" + longName;
    }
}
