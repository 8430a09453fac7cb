package org.keepalived4j.config.text;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ~LST(var, v1, v2, ...) rest} and {@code ~LST({a, b}, {1, 2}, {3, 4}) rest}: one round
 * per value (or per brace group of values, missing ones empty). The text is taken as written:
 * unlike ~SEQ, parameters in the specification are not substituted.
 */
final class ListExpansion implements Expansion {

    private final List<String> variables;
    private final List<List<String>> valueSets;
    private final String text;
    private int index;

    private ListExpansion(List<String> variables, List<List<String>> valueSets, String text) {
        this.variables = variables;
        this.valueSets = valueSets;
        this.text = text;
    }

    static Parsed parse(String line) {
        int p = Expansion.skipBlanks(line, 4);
        if (Expansion.charAt(line, p) != '(') {
            return Parsed.invalid(null);
        }
        p = Expansion.skipBlanks(line, p + 1);
        char endChar = ',';
        if (Expansion.charAt(line, p) == '{') {
            endChar = '}';
            p = Expansion.skipBlanks(line, p + 1);
        }
        List<String> variables = new ArrayList<>();
        int extraVariables = 0;
        while (true) {
            int start = p;
            while (p < line.length() && " \t,}".indexOf(line.charAt(p)) < 0) {
                p++;
            }
            variables.add(line.substring(start, p));
            p = Expansion.skipBlanks(line, p);
            if (Expansion.charAt(line, p) == endChar) {
                break;
            }
            if (Expansion.charAt(line, p) != ',') {
                return Parsed.invalid(null);
            }
            p = Expansion.skipBlanks(line, p + 1);
            extraVariables++;
        }
        if (Expansion.charAt(line, p) == '}') {
            p = Expansion.skipBlanks(line, p + 1);
        }
        if (Expansion.charAt(line, p) != ',') {
            return Parsed.invalid(null);
        }
        p = Expansion.skipBlanks(line, p + 1);
        List<List<String>> valueSets = new ArrayList<>();
        while (true) {
            endChar = ',';
            if (Expansion.charAt(line, p) == '{') {
                endChar = '}';
                p = Expansion.skipBlanks(line, p + 1);
            }
            List<String> values = new ArrayList<>();
            int extraValues = 0;
            while (true) {
                int start = p;
                while (p < line.length() && " \t,})".indexOf(line.charAt(p)) < 0) {
                    p++;
                }
                values.add(line.substring(start, p));
                p = Expansion.skipBlanks(line, p);
                char c = Expansion.charAt(line, p);
                if (c == endChar || c == ')' && endChar == ',') {
                    break;
                }
                if (c != ',') {
                    return Parsed.invalid(null);
                }
                p = Expansion.skipBlanks(line, p + 1);
                if (++extraValues > extraVariables) {
                    return Parsed.invalid("~LST specification has too many values '" + line + "'");
                }
            }
            while (values.size() < variables.size()) {
                values.add("");
            }
            valueSets.add(values);
            if (Expansion.charAt(line, p) == '}' && endChar == '}') {
                p = Expansion.skipBlanks(line, p + 1);
            }
            if (Expansion.charAt(line, p) == ')') {
                break;
            }
            if (Expansion.charAt(line, p) != ',') {
                return Parsed.invalid(null);
            }
            p = Expansion.skipBlanks(line, p + 1);
        }
        String rest = line.substring(Expansion.skipBlanks(line, p + 1));
        return new Parsed(new ListExpansion(List.copyOf(variables), List.copyOf(valueSets), rest), null);
    }

    @Override
    public String next(Parameters parameters) {
        List<String> values = valueSets.get(index++);
        for (int i = 0; i < variables.size(); i++) {
            parameters.set(variables.get(i), values.get(i));
        }
        return text;
    }

    @Override
    public boolean exhausted() {
        return index >= valueSets.size();
    }
}
