package org.keepalived4j.config.vrrp;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.ParseContext;
import org.keepalived4j.config.net.AddressEntry;
import org.keepalived4j.config.net.NetSyntax;
import org.keepalived4j.config.net.RouteEntry;
import org.keepalived4j.config.net.RuleEntry;

/**
 * Entry syntaxes for tests of the VRRP blocks: the real {@link NetSyntax} where it accepts the
 * line, else a stand-in entry, so these tests only depend on lines being counted and kept, not on
 * how entries are parsed (tested with NetSyntax itself).
 */
final class TestEntries implements NetEntries {

    @Override
    public Optional<AddressEntry> address(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
        return NetSyntax.address(line, origin, new ParseContext(new org.keepalived4j.config.Diagnostics(), ctx.host()))
                .or(() -> Optional.of(standIn(AddressEntry.class)));
    }

    @Override
    public Optional<RouteEntry> route(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
        return NetSyntax.route(line, origin, new ParseContext(new org.keepalived4j.config.Diagnostics(), ctx.host()))
                .or(() -> Optional.of(standIn(RouteEntry.class)));
    }

    @Override
    public Optional<RuleEntry> rule(Directive line, NetSyntax.Origin origin, ParseContext ctx) {
        return NetSyntax.rule(line, origin, new ParseContext(new org.keepalived4j.config.Diagnostics(), ctx.host()))
                .or(() -> Optional.of(standIn(RuleEntry.class)));
    }

    private static <T extends Record> T standIn(Class<T> type) {
        try {
            RecordComponent[] parts = type.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = defaultValue(types[i]);
            }
            Constructor<T> c = type.getDeclaredConstructor(types);
            return c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot stand in for " + type, e);
        }
    }

    private static Object defaultValue(Class<?> t) {
        if (t == boolean.class) {
            return false;
        }
        if (t == int.class || t == long.class || t == short.class || t == byte.class) {
            return t == long.class ? 0L : t == int.class ? 0 : t == short.class ? (short) 0 : (byte) 0;
        }
        if (t == Optional.class) {
            return Optional.empty();
        }
        if (t == java.util.List.class) {
            return java.util.List.of();
        }
        return null;
    }
}
