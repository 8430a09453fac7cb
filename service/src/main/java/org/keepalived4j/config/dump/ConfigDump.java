package org.keepalived4j.config.dump;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * The parsed configuration as indented text, for {@code -d/--dump-conf}: readable, and stable
 * (the same configuration always gives the same text, so dumps can be diffed).
 *
 * <p>It walks any value generically, with the rules:
 * <ul>
 * <li>a record is shown as its simple type name, then one line per component (in declaration
 *     order, names in snake_case like keepalived.conf keywords), indented by two spaces; a record
 *     that declares its own {@code toString} (an address, a prefix) is a value and shown as that text;</li>
 * <li>a list or array keeps its order, one {@code - item} per line, {@code []} when empty;</li>
 * <li>a set, and a map's entries, are sorted by their text (their iteration order is not
 *     stable between runs), {@code {}} for an empty map;</li>
 * <li>an empty {@code Optional} is {@code (unset)}; a present one is its value;</li>
 * <li>a {@link Duration} is seconds, as keepalived.conf writes them ({@code 1s}, {@code 0.25s});</li>
 * <li>a string is bare when it is one plain word, otherwise quoted with escapes.</li>
 * </ul>
 */
public final class ConfigDump {

    private static final int MAX_DEPTH = 64;
    private static final String INDENT = "  ";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.:/@+\\-]+");

    private ConfigDump() {
    }

    /** The whole text, one line per value, ending with a newline. */
    public static String dump(Object root) {
        return String.join("\n", lines(root)) + "\n";
    }

    /** The same text as lines, e.g. to log one line per entry. */
    public static List<String> lines(Object root) {
        List<String> out = new ArrayList<>();
        Object v = unwrap(root);
        if (isNode(v)) {
            out.add(v.getClass().getSimpleName());
            components(v, INDENT, 1, out);
        } else if (isSequence(v) || v instanceof Map) {
            entry("", "value:", v, 0, out);
        } else {
            out.add(scalar(v));
        }
        return out;
    }

    /** Writes {@code indent + head} followed by the value, on this line and the lines below. */
    private static void entry(String indent, String head, Object value, int depth, List<String> out) {
        Object v = unwrap(value);
        if (depth > MAX_DEPTH) {
            out.add(indent + head + " ...");
        } else if (isNode(v)) {
            out.add(indent + head + " " + v.getClass().getSimpleName());
            components(v, indent + INDENT, depth + 1, out);
        } else if (isSequence(v)) {
            List<Object> items = elements(v);
            if (items.isEmpty()) {
                out.add(indent + head + " []");
                return;
            }
            out.add(indent + head);
            List<List<String>> rendered = new ArrayList<>();
            for (Object item : items) {
                List<String> lines = new ArrayList<>();
                entry(indent + INDENT, "-", item, depth + 1, lines);
                rendered.add(lines);
            }
            if (v instanceof java.util.Set && !(v instanceof SortedSet)) {
                rendered.sort(Comparator.comparing(lines -> String.join("\n", lines)));
            }
            rendered.forEach(out::addAll);
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.add(indent + head + " {}");
                return;
            }
            out.add(indent + head);
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            if (!(map instanceof SortedMap)) {
                entries.sort(Comparator.comparing(e -> scalar(unwrap(e.getKey()))));
            }
            for (Map.Entry<?, ?> e : entries) {
                entry(indent + INDENT, scalar(unwrap(e.getKey())) + ":", e.getValue(), depth + 1, out);
            }
        } else {
            out.add(indent + head + " " + scalar(v));
        }
    }

    private static void components(Object record, String indent, int depth, List<String> out) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            entry(indent, snakeCase(c.getName()) + ":", read(c, record), depth, out);
        }
    }

    private static Object read(RecordComponent c, Object record) {
        Method accessor = c.getAccessor();
        try {
            if (!accessor.canAccess(record)) {
                accessor.setAccessible(true);
            }
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            return new Unreadable(String.valueOf(e.getCause()));
        } catch (IllegalAccessException | RuntimeException e) {
            return new Unreadable(e.toString());
        }
    }

    /** A component whose accessor failed: shown, so a dump never aborts half-way. */
    private record Unreadable(String why) {
        @Override
        public String toString() {
            return "<unreadable: " + why + ">";
        }
    }

    /** Optionals are shown as their content; an empty one becomes a marker. */
    private static Object unwrap(Object v) {
        if (v instanceof Optional<?> o) {
            return o.isPresent() ? unwrap(o.get()) : Unset.UNSET;
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? (Object) o.getAsInt() : Unset.UNSET;
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? (Object) o.getAsLong() : Unset.UNSET;
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? (Object) o.getAsDouble() : Unset.UNSET;
        }
        return v;
    }

    private enum Unset {
        UNSET;

        @Override
        public String toString() {
            return "(unset)";
        }
    }

    /**
     * A record shown component by component. A record that writes its own text (an address, a
     * prefix) is a value: the generated {@code toString} always reads {@code Name[...]}, so any
     * other text was written on purpose and is shown as it is.
     */
    private static boolean isNode(Object v) {
        if (v == null || !v.getClass().isRecord()) {
            return false;
        }
        String text = v.toString();
        return text.startsWith(v.getClass().getSimpleName() + "[") && text.endsWith("]");
    }

    private static boolean isSequence(Object v) {
        return v instanceof Collection || (v != null && v.getClass().isArray() && !(v instanceof byte[]));
    }

    private static List<Object> elements(Object v) {
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        int n = java.lang.reflect.Array.getLength(v);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(java.lang.reflect.Array.get(v, i));
        }
        return out;
    }

    static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof CharSequence s) {
            return quoteIfNeeded(s.toString());
        }
        if (v instanceof Duration d) {
            return seconds(d);
        }
        if (v instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (v instanceof Enum<?> e) {
            return e.toString();
        }
        if (v instanceof java.nio.file.Path p) {
            return quoteIfNeeded(p.toString());
        }
        if (v instanceof Character c) {
            return quoteIfNeeded(c.toString());
        }
        return v.toString();
    }

    static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9));
        return (s.signum() == 0 ? "0" : s.stripTrailingZeros().toPlainString()) + "s";
    }

    static String quoteIfNeeded(String s) {
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code routerId} to {@code router_id}, {@code HTTPGet} to {@code http_get}, {@code vrrpV3} to {@code vrrp_v3}. */
    static String snakeCase(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char prev = name.charAt(i - 1);
                boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    sb.append('_');
                }
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
