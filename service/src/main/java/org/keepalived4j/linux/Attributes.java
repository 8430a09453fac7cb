package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.IpAddress;

/**
 * The attributes of a netlink payload after its fixed struct, parsed strictly: an attribute whose length is below
 * its header or beyond the payload makes the whole message malformed. Unknown types are kept and ignored by the
 * readers, since newer kernels add attributes all the time.
 */
final class Attributes {

    /** NLA_F_NESTED and NLA_F_NET_BYTEORDER ride in the type's top bits. */
    private static final int TYPE_MASK = 0x3FFF;

    private record Attribute(int type, byte[] value) {
    }

    private final List<Attribute> attributes;

    private Attributes(List<Attribute> attributes) {
        this.attributes = attributes;
    }

    static Attributes parse(byte[] payload, int offset, String what) throws NetlinkFormatException {
        if (payload.length < offset) {
            throw new NetlinkFormatException(what + " of " + payload.length + " bytes is shorter than its " + offset
                    + "-byte header");
        }
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder());
        List<Attribute> list = new ArrayList<>();
        int at = NetlinkMessage.align(offset);
        while (payload.length - at >= 4) {
            int length = Short.toUnsignedInt(b.getShort(at));
            int type = Short.toUnsignedInt(b.getShort(at + 2)) & TYPE_MASK;
            if (length < 4 || length > payload.length - at) {
                throw new NetlinkFormatException(what + ": attribute " + type + " at offset " + at + " claims "
                        + length + " bytes; " + (payload.length - at) + " are left");
            }
            list.add(new Attribute(type, Arrays.copyOfRange(payload, at + 4, at + length)));
            at += NetlinkMessage.align(length);
        }
        return new Attributes(List.copyOf(list));
    }

    Optional<byte[]> bytes(int type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst().map(a -> a.value().clone());
    }

    OptionalInt u8(int type) {
        Optional<byte[]> v = bytes(type);
        return v.isPresent() && v.get().length >= 1 ? OptionalInt.of(v.get()[0] & 0xff) : OptionalInt.empty();
    }

    OptionalInt u32(int type) {
        Optional<byte[]> v = bytes(type);
        return v.isPresent() && v.get().length >= 4
                ? OptionalInt.of(ByteBuffer.wrap(v.get()).order(ByteOrder.nativeOrder()).getInt())
                : OptionalInt.empty();
    }

    OptionalLong u32Unsigned(int type) {
        OptionalInt v = u32(type);
        return v.isPresent() ? OptionalLong.of(Integer.toUnsignedLong(v.getAsInt())) : OptionalLong.empty();
    }

    /** A NUL-terminated string; without the NUL, up to the end. */
    Optional<String> string(int type) {
        return bytes(type).map(v -> {
            int end = 0;
            while (end < v.length && v[end] != 0) {
                end++;
            }
            return new String(v, 0, end, StandardCharsets.UTF_8);
        });
    }

    /** An address attribute; one of the wrong size is malformed. */
    Optional<IpAddress> address(int type, String what) throws NetlinkFormatException {
        Optional<byte[]> v = bytes(type);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().length != 4 && v.get().length != 16) {
            throw new NetlinkFormatException(what + ": address attribute " + type + " has " + v.get().length + " bytes");
        }
        return Optional.of(IpAddress.of(v.get()));
    }

    Optional<Attributes> nested(int type, String what) throws NetlinkFormatException {
        Optional<byte[]> v = bytes(type);
        return v.isEmpty() ? Optional.empty() : Optional.of(parse(v.get(), 0, what));
    }
}
