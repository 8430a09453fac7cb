package org.keepalived4j.config.net;

import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeepalivedNumbers;

/** Addresses as keepalived reads them in these lines ({@code parse_ipaddress}, {@code parse_route}). */
final class IpWords {

    /**
     * A destination or selector: an address with an optional length, or one of the words meaning
     * "everything", whose family is not known until the whole line has been read.
     *
     * @param prefix empty for {@code default}/{@code any}/{@code all}
     */
    record Target(Optional<IpAddress.Family> family, Optional<IpPrefix> prefix) {

        static final Target ANY = new Target(Optional.empty(), Optional.empty());

        /** The prefix, with "everything" made a /0 of {@code lineFamily}. */
        IpPrefix resolve(IpAddress.Family lineFamily) {
            return prefix.orElseGet(() -> new IpPrefix(
                    IpAddress.of(new byte[lineFamily == IpAddress.Family.INET ? 4 : 16]), 0, true));
        }
    }

    private IpWords() {
    }

    /**
     * An address, with {@code /len} when {@code allowLength}. The family is IPv6 when the text has a
     * colon anywhere. A bad length is reported and the host length used; a bad address is reported
     * and refused.
     */
    static Optional<IpPrefix> address(String text, boolean allowLength, EntryLine line) {
        boolean v6 = text.indexOf(':') >= 0;
        int full = v6 ? 128 : 32;
        int slash = allowLength ? text.indexOf('/') : -1;
        int length = full;
        boolean explicit = false;
        String addressPart = text;
        if (slash >= 0) {
            String len = text.substring(slash + 1);
            OptionalLong n = KeepalivedNumbers.readUnsignedBase(len, 10, 0, full, line.pos(), line.diagnostics());
            if (n.isEmpty()) {
                line.error("Invalid address prefix len " + len + " for address " + text + " - using " + full);
            } else {
                length = (int) n.getAsLong();
                explicit = true;
            }
            addressPart = text.substring(0, slash);
        }
        Optional<IpAddress> a = IpAddress.parse(addressPart).filter(x -> x.isV4() != v6);
        if (a.isEmpty()) {
            line.error("VRRP parsed invalid IP " + text + ". skipping IP...");
            return Optional.empty();
        }
        return Optional.of(new IpPrefix(a.get(), length, explicit));
    }

    /** A destination or selector ({@code parse_route}). */
    static Optional<Target> target(String text, EntryLine line) {
        switch (text) {
            case "default", "any", "all" -> {
                return Optional.of(Target.ANY);
            }
            case "default6" -> {
                line.notice("'default6' is deprecated - please replace with 'inet6 default'");
                return Optional.of(new Target(Optional.of(IpAddress.Family.INET6), Optional.of(
                        new IpPrefix(IpAddress.of(new byte[16]), 0, true))));
            }
            default -> {
                return address(text, true, line)
                        .map(p -> new Target(Optional.of(p.address().family()), Optional.of(p)));
            }
        }
    }

    /** An IPv4 literal as {@code inet_pton(AF_INET)} reads it. */
    static Optional<IpAddress> ipv4(String text) {
        return text.indexOf(':') >= 0 ? Optional.empty() : IpAddress.parse(text);
    }
}
