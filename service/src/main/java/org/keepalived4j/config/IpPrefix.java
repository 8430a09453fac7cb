package org.keepalived4j.config;

import java.util.Optional;

/**
 * An address with a prefix length, as written {@code ADDR[/LEN]}. {@code explicitLength} tells
 * whether the length was written: keepalived treats a bare VIP as a host address.
 */
public record IpPrefix(IpAddress address, int length, boolean explicitLength) {

    public IpPrefix {
        if (length < 0 || length > address.bitLength()) {
            throw new IllegalArgumentException("prefix length " + length + " outside 0.." + address.bitLength());
        }
    }

    public static IpPrefix host(IpAddress a) {
        return new IpPrefix(a, a.bitLength(), false);
    }

    /** Parses {@code ADDR} or {@code ADDR/LEN}; empty if either part is malformed or out of range. */
    public static Optional<IpPrefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return IpAddress.parse(text).map(IpPrefix::host);
        }
        Optional<IpAddress> a = IpAddress.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        if (a.isEmpty() || len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(len);
        return n > a.get().bitLength() ? Optional.empty() : Optional.of(new IpPrefix(a.get(), n, true));
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
