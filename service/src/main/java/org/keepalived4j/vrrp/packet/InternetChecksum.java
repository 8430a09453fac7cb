package org.keepalived4j.vrrp.packet;

/**
 * The RFC 1071 one's-complement sum used by IPv4, VRRP and ICMPv6. It is kept as a running 32-bit
 * accumulator so that a pseudo-header and the message can be summed as separate ranges without
 * copying them into one buffer (every range except the last must have an even length).
 */
final class InternetChecksum {

    private long sum;

    InternetChecksum add(byte[] data, int offset, int length) {
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return this;
    }

    InternetChecksum add(byte[] data) {
        return add(data, 0, data.length);
    }

    /** The value to store in the checksum field; 0 when summing a message that carries a correct checksum. */
    int value() {
        long s = sum;
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) (~s & 0xffff);
    }

    static int of(byte[] data, int offset, int length) {
        return new InternetChecksum().add(data, offset, length).value();
    }
}
