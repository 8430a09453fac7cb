package org.keepalived4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into options exactly as keepalived's {@code getopt_long} does, so every
 * spelling that works with keepalived works here: clusters ({@code -lDn}), attached and detached
 * arguments ({@code -ffile}, {@code -f file}, {@code --use-file=file}, {@code --use-file file}),
 * optional arguments only when attached ({@code -tLOG}, {@code --config-test=LOG}), unambiguous
 * abbreviations of long names ({@code --use=file}), operands anywhere (GNU permutation) and
 * {@code --} ending the options. Problems are reported with keepalived's messages, in order.
 */
final class GetoptScan {

    /** One thing found on the command line, in order. */
    sealed interface Item permits Given, Refused {
    }

    /**
     * An option as given.
     *
     * @param value the argument; null when none was given (an empty attached optional argument counts as none)
     */
    record Given(OptionShape option, String value) implements Item {
    }

    /** Something keepalived refuses: an unknown option or a missing argument. */
    record Refused(String message) implements Item {
    }

    /** Options and problems in command-line order, and the operands (arguments that are not options). */
    record Result(List<Item> items, List<String> operands) {
        Result {
            items = List.copyOf(items);
            operands = List.copyOf(operands);
        }
    }

    private GetoptScan() {
    }

    static Result scan(List<String> args, List<OptionShape> shapes) {
        List<Item> items = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i);
            if (a.equals("--")) {
                operands.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                i = longOption(args, i, shapes, items);
            } else if (a.startsWith("-") && a.length() > 1) {
                i = shortCluster(args, i, shapes, items);
            } else {
                operands.add(a);
                i++;
            }
        }
        return new Result(items, operands);
    }

    /** Handles {@code args[i]}, a long option; returns the index of the next word to look at. */
    private static int longOption(List<String> args, int i, List<OptionShape> shapes, List<Item> items) {
        String a = args.get(i);
        String body = a.substring(2);
        int eq = body.indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        String attached = eq < 0 ? null : body.substring(eq + 1);
        OptionShape shape = byLongName(name, shapes);
        if (shape == null) {
            items.add(new Refused("Unknown option " + a));
            return i + 1;
        }
        switch (shape.argument()) {
            case NONE -> {
                if (attached != null) {
                    items.add(new Refused("Unknown option " + a));
                } else {
                    items.add(new Given(shape, null));
                }
            }
            case OPTIONAL -> items.add(new Given(shape, attached == null || attached.isEmpty() ? null : attached));
            case REQUIRED -> {
                if (attached != null) {
                    items.add(attached.isEmpty() ? missing("--" + shape.longName()) : new Given(shape, attached));
                } else if (i + 1 < args.size()) {
                    String next = args.get(i + 1);
                    items.add(next.isEmpty() ? missing("--" + shape.longName()) : new Given(shape, next));
                    return i + 2;
                } else {
                    items.add(missing("--" + shape.longName()));
                }
            }
        }
        return i + 1;
    }

    /** Handles {@code args[i]}, one or more short options; returns the index of the next word to look at. */
    private static int shortCluster(List<String> args, int i, List<OptionShape> shapes, List<Item> items) {
        String a = args.get(i);
        for (int j = 1; j < a.length(); j++) {
            char c = a.charAt(j);
            OptionShape shape = byShortName(c, shapes);
            if (shape == null) {
                items.add(new Refused("Unknown option -" + c));
                continue;
            }
            String rest = a.substring(j + 1);
            switch (shape.argument()) {
                case NONE -> items.add(new Given(shape, null));
                case OPTIONAL -> {
                    items.add(new Given(shape, rest.isEmpty() ? null : rest));
                    return i + 1;
                }
                case REQUIRED -> {
                    if (!rest.isEmpty()) {
                        items.add(new Given(shape, rest));
                        return i + 1;
                    }
                    if (i + 1 < args.size()) {
                        items.add(new Given(shape, args.get(i + 1)));
                        return i + 2;
                    }
                    items.add(missing("-" + c));
                    return i + 1;
                }
            }
        }
        return i + 1;
    }

    private static Refused missing(String spelled) {
        return new Refused("Missing parameter for option " + spelled);
    }

    /** An exact name, or else the one option the name abbreviates; null if none or ambiguous. */
    private static OptionShape byLongName(String name, List<OptionShape> shapes) {
        if (name.isEmpty()) {
            return null;
        }
        OptionShape prefixed = null;
        int matches = 0;
        for (OptionShape s : shapes) {
            if (s.longName().equals(name)) {
                return s;
            }
            if (s.longName().startsWith(name)) {
                prefixed = s;
                matches++;
            }
        }
        return matches == 1 ? prefixed : null;
    }

    private static OptionShape byShortName(char c, List<OptionShape> shapes) {
        for (OptionShape s : shapes) {
            if (s.shortName() == c) {
                return s;
            }
        }
        return null;
    }
}
