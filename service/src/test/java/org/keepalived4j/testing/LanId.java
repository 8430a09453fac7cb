package org.keepalived4j.testing;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of one LAN, carried by the name of every namespace it creates:
 * {@code k4j-<jvm pid>-<token>-<role>}, e.g. {@code k4j-4711-q3zd-h1}. The pid lets a later JVM recognise
 * namespaces whose owner died without cleaning up; the token keeps several LANs of one JVM apart.
 */
public record LanId(long ownerPid, String token) {

    static final String PREFIX = "k4j-";
    private static final Pattern NAME = Pattern.compile("k4j-(\\d{1,10})-([a-z0-9]{1,12})-([a-z0-9]{1,16})");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]{1,12}");
    private static final Pattern ROLE = Pattern.compile("[a-z0-9]{1,16}");
    private static final String TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int TOKEN_LENGTH = 4;

    public LanId {
        if (ownerPid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + ownerPid);
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("token must be 1-12 of [a-z0-9]: " + token);
        }
    }

    /** A new id for the given JVM whose token no existing namespace uses. */
    static LanId fresh(long ownerPid, RandomGenerator random, Collection<String> existingNamespaces) {
        while (true) {
            StringBuilder token = new StringBuilder(TOKEN_LENGTH);
            for (int i = 0; i < TOKEN_LENGTH; i++) {
                token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
            }
            LanId id = new LanId(ownerPid, token.toString());
            if (existingNamespaces.stream().noneMatch(id::owns)) {
                return id;
            }
        }
    }

    /** The namespace name of one member of the LAN: "hub", "h1", "h2", ... */
    public String namespace(String role) {
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("role must be 1-16 of [a-z0-9]: " + role);
        }
        return prefix() + role;
    }

    /** Every namespace of this LAN starts with this. */
    public String prefix() {
        return ownerPrefix(ownerPid) + token + "-";
    }

    public boolean owns(String namespace) {
        return namespace.startsWith(prefix());
    }

    /** Every namespace of every LAN of the JVM with this pid starts with this. */
    public static String ownerPrefix(long pid) {
        return PREFIX + pid + "-";
    }

    /** The pid of the JVM that created a namespace of ours; empty for any name this fixture did not make. */
    public static OptionalLong ownerOf(String namespace) {
        Matcher m = NAME.matcher(namespace);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
