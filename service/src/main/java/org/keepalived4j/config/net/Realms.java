package org.keepalived4j.config.net;

import java.util.OptionalLong;

/** {@code realms [FROM/]TO}: the RTA_FLOW/FRA_FLOW value, {@code FROM << 16 | TO}. */
final class Realms {

    private Realms() {
    }

    static OptionalLong parse(String text, RoutingNames names) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return names.realm(text);
        }
        OptionalLong from = names.realm(text.substring(0, slash));
        OptionalLong to = names.realm(text.substring(slash + 1));
        if (from.isEmpty() || to.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(from.getAsLong() << 16 | to.getAsLong());
    }
}
