package org.keepalived4j.config.net;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.config.IpPrefix;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * Reads one address line as keepalived 2.2.7's {@code alloc_ipaddress} does: problems that make the
 * address unusable drop it; others are reported and the option ignored.
 */
final class AddressReader {

    private static final int IFNAMSIZ = 16;

    /** What {@code brd +} and {@code brd -} ask for. */
    private enum BroadcastRule { NONE, ALL_ONES, ALL_ZEROS }

    private final NetEntryParser parser;
    private final EntryLine line;
    private final boolean staticAddress;

    private String text;
    private IpAddress address;
    private int length;
    private boolean explicitLength;
    private Optional<String> device = Optional.empty();
    private RouteScope scope = RouteScope.GLOBAL;
    private boolean scopeGiven;
    private Optional<IpAddress> broadcast = Optional.empty();
    private boolean broadcastGiven;
    private BroadcastRule broadcastRule = BroadcastRule.NONE;
    private Optional<String> label = Optional.empty();
    private Optional<IpAddress> peer = Optional.empty();
    private final Set<AddressFlag> flags = EnumSet.noneOf(AddressFlag.class);
    private boolean dad;
    private OptionalLong preferredLifetime = OptionalLong.empty();
    private boolean tracked = true;
    private boolean useVmac;
    private final TrackGroupOption trackGroup = new TrackGroupOption();

    AddressReader(NetEntryParser parser, EntryLine line, boolean staticAddress) {
        this.parser = parser;
        this.line = line;
        this.staticAddress = staticAddress;
    }

    Optional<AddressEntry> read() {
        text = line.word(0);
        Optional<IpPrefix> local = IpWords.address(text, true, line);
        if (local.isEmpty()) {
            return Optional.empty();
        }
        address = local.get().address();
        length = local.get().length();
        explicitLength = local.get().explicitLength();

        String missing = null;
        int i = 1;
        options:
        while (i < line.size()) {
            String keyword = line.word(i);
            boolean valueFollows = line.has(i + 1);
            switch (keyword) {
                case "dev" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    if (device.isPresent()) {
                        line.error("Cannot specify ipaddress device more than once for " + text);
                        return Optional.empty();
                    }
                    String name = line.word(++i);
                    if (!parser.interfaceUsable(name, line)) {
                        line.error("WARNING - interface " + name + " for ip address " + text + " doesn't exist");
                        return Optional.empty();
                    }
                    device = Optional.of(name);
                }
                case "scope" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    String value = line.word(++i);
                    OptionalLong s = parser.names().scope(value);
                    if (s.isEmpty()) {
                        line.error("Invalid scope '" + value + "' specified for " + text + " - ignoring");
                    } else {
                        scope = new RouteScope((int) s.getAsLong());
                        scopeGiven = true;
                    }
                }
                case "broadcast", "brd" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    if (!address.isV4()) {
                        line.error("VRRP is trying to assign a broadcast " + keyword + " to the IPv6 address " + text
                                + " !!?? WTF... skipping VIP...");
                        return Optional.empty();
                    }
                    broadcastGiven = true;
                    String value = line.word(++i);
                    if (value.equals("-")) {
                        broadcastRule = BroadcastRule.ALL_ZEROS;
                    } else if (value.equals("+")) {
                        broadcastRule = BroadcastRule.ALL_ONES;
                    } else {
                        Optional<IpAddress> b = IpWords.ipv4(value);
                        if (b.isEmpty()) {
                            line.error("VRRP is trying to assign invalid broadcast " + value + ". skipping VIP...");
                            return Optional.empty();
                        }
                        broadcast = b;
                    }
                }
                case "label" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    String value = line.word(++i);
                    if (value.length() >= IFNAMSIZ) {
                        line.error("Address label " + value + " is longer than maximum length " + (IFNAMSIZ - 1)
                                + " - removing address");
                        return Optional.empty();
                    }
                    label = Optional.of(value);
                }
                case "peer" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    i++;
                    if (peer.isPresent()) {
                        line.error("Peer " + line.word(i) + " - another peer has already been specified");
                        // keepalived then reads the second peer's address as an option
                        continue;
                    }
                    readPeer(line.word(i));
                }
                case "home" -> flags.add(AddressFlag.HOME);
                case "-nodad" -> dad = true;
                case "mngtmpaddr" -> flags.add(AddressFlag.MANAGE_TEMP_ADDR);
                case "noprefixroute" -> flags.add(AddressFlag.NO_PREFIX_ROUTE);
                case "autojoin" -> flags.add(AddressFlag.AUTO_JOIN);
                case "no_track" -> tracked = false;
                case "preferred_lft" -> {
                    if (!valueFollows) {
                        missing = keyword;
                        break options;
                    }
                    String value = line.word(++i);
                    if (value.equals("forever")) {
                        preferredLifetime = OptionalLong.of(AddressEntry.FOREVER);
                    } else {
                        OptionalLong v = KeepalivedNumbers.readUnsignedBase(value, 10, 0, KeepalivedNumbers.UINT_MAX, line.pos(), line.diagnostics());
                        if (v.isPresent()) {
                            preferredLifetime = v;
                        } else {
                            line.error("preferred_lft " + value + " is invalid");
                        }
                    }
                }
                default -> {
                    if (staticAddress && keyword.equals("track_group")) {
                        if (!valueFollows) {
                            missing = keyword;
                            break options;
                        }
                        if (!trackGroup.read(line.word(++i), parser, line)) {
                            break options;
                        }
                    } else if (!staticAddress && keyword.equals("use_vmac")) {
                        useVmac = true;
                    } else {
                        line.error("Unknown configuration entry '" + keyword + "' for ip address - ignoring");
                    }
                }
            }
            i++;
        }

        if (missing != null) {
            line.error("No " + missing + " parameter specified for " + text);
            return Optional.empty();
        }
        settleBroadcast();
        if (!address.isV4()) {
            if (scopeGiven && scope.code() != 0) {
                line.error("Cannot specify scope for IPv6 addresses (" + text + ") - ignoring scope");
            }
            scope = RouteScope.GLOBAL;
            if (label.isPresent()) {
                line.error("Cannot specify label for IPv6 addresses (" + text + ") - ignoring label");
                label = Optional.empty();
            }
            if (preferredLifetime.isEmpty()) {
                // keepalived's historic default: a host VIP is deprecated so that it is never the
                // source address a health checker's connections pick
                preferredLifetime = OptionalLong.of(length == 128 ? 0 : AddressEntry.FOREVER);
            }
        }
        return Optional.of(new AddressEntry(text, new IpPrefix(address, length, explicitLength), broadcast, device,
                scope, label, peer, flags, dad, preferredLifetime, tracked, useVmac, trackGroup.value(), line.pos()));
    }

    private void readPeer(String value) {
        Optional<IpPrefix> p = IpWords.address(value, false, line);
        if (p.isEmpty()) {
            line.error("Invalid peer address " + value);
        } else if (p.get().address().family() != address.family()) {
            line.error("Peer address " + value + " does not match address family");
        } else {
            if (length != address.bitLength()) {
                line.error("Cannot specify address prefix when specifying peer address - ignoring");
            }
            peer = Optional.of(p.get().address());
            length = address.bitLength();
            explicitLength = false;
        }
    }

    private void settleBroadcast() {
        if (broadcastGiven && peer.isPresent()) {
            line.error("Cannot specify broadcast and peer addresses - ignoring broadcast address");
            broadcast = Optional.empty();
        } else if (broadcastRule != BroadcastRule.NONE && length <= 30) {
            byte[] b = address.bytes();
            int a = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            int hostBits = -1 >>> length;
            int brd = broadcastRule == BroadcastRule.ALL_ONES ? a | hostBits : a & ~hostBits;
            broadcast = Optional.of(IpAddress.of(new byte[] {
                (byte) (brd >>> 24), (byte) (brd >>> 16), (byte) (brd >>> 8), (byte) brd }));
        } else if (broadcastRule != BroadcastRule.NONE) {
            line.error("Address prefix length " + length + " too long for broadcast");
        }
        // keepalived sends no broadcast attribute for 0.0.0.0
        broadcast = broadcast.filter(b -> !b.isUnspecified());
    }
}
