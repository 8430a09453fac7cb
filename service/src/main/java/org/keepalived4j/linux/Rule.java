package org.keepalived4j.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.IpAddress;

/**
 * A policy routing rule (struct fib_rule_hdr and FRA_* attributes, linux/fib_rules.h), as keepalived's
 * virtual_rules install them. Only the "lookup TABLE" action is modelled.
 *
 * @param family          INET or INET6
 * @param from            FRA_SRC with its prefix length
 * @param to              FRA_DST with its prefix length
 * @param table           the table to look up (above 255: in FRA_TABLE)
 * @param priority        FRA_PRIORITY ("priority"/"preference")
 * @param inputInterface  FRA_IIFNAME ("iif")
 * @param outputInterface FRA_OIFNAME ("oif")
 * @param fwmark          FRA_FWMARK
 * @param fwmask          FRA_FWMASK
 */
public record Rule(IpAddress.Family family, Optional<Prefix> from, Optional<Prefix> to, int table, OptionalInt priority,
                   Optional<String> inputInterface, Optional<String> outputInterface, OptionalInt fwmark,
                   OptionalInt fwmask) {

    /** An address with a prefix length, e.g. 192.0.2.0/24. */
    public record Prefix(IpAddress address, int length) {
        public Prefix {
            if (length < 0 || length > address.bitLength()) {
                throw new IllegalArgumentException("prefix length " + length + " for " + address);
            }
        }

        @Override
        public String toString() {
            return address + "/" + length;
        }
    }

    static final int RTM_NEWRULE = 32;
    static final int RTM_DELRULE = 33;

    private static final int FRA_DST = 1;
    private static final int FRA_SRC = 2;
    private static final int FRA_IIFNAME = 3;
    private static final int FRA_PRIORITY = 6;
    private static final int FRA_FWMARK = 10;
    private static final int FRA_TABLE = 15;
    private static final int FRA_FWMASK = 16;
    private static final int FRA_OIFNAME = 17;
    private static final int FR_ACT_TO_TBL = 1;
    private static final int HEADER = 12;

    public Rule {
        from.ifPresent(p -> requireFamily(family, p));
        to.ifPresent(p -> requireFamily(family, p));
    }

    /** "lookup TABLE" for every packet of the family; narrow it with the with* methods. */
    public static Rule lookup(IpAddress.Family family, int table) {
        return new Rule(family, Optional.empty(), Optional.empty(), table, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    public Rule from(IpAddress address, int length) {
        return new Rule(family, Optional.of(new Prefix(address, length)), to, table, priority, inputInterface,
                outputInterface, fwmark, fwmask);
    }

    public Rule to(IpAddress address, int length) {
        return new Rule(family, from, Optional.of(new Prefix(address, length)), table, priority, inputInterface,
                outputInterface, fwmark, fwmask);
    }

    public Rule withPriority(int newPriority) {
        return new Rule(family, from, to, table, OptionalInt.of(newPriority), inputInterface, outputInterface, fwmark, fwmask);
    }

    public Rule inputInterface(String name) {
        return new Rule(family, from, to, table, priority, Optional.of(name), outputInterface, fwmark, fwmask);
    }

    public Rule outputInterface(String name) {
        return new Rule(family, from, to, table, priority, inputInterface, Optional.of(name), fwmark, fwmask);
    }

    public Rule withFwmark(int mark, int mask) {
        return new Rule(family, from, to, table, priority, inputInterface, outputInterface, OptionalInt.of(mark),
                OptionalInt.of(mask));
    }

    /** "from 192.0.2.0/24 to 198.51.100.0/24 lookup 100 priority 1000". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        from.ifPresent(p -> s.append("from ").append(p).append(' '));
        to.ifPresent(p -> s.append("to ").append(p).append(' '));
        fwmark.ifPresent(m -> s.append("fwmark 0x").append(Integer.toHexString(m))
                .append(fwmask.isPresent() ? "/0x" + Integer.toHexString(fwmask.getAsInt()) : "").append(' '));
        inputInterface.ifPresent(i -> s.append("iif ").append(i).append(' '));
        outputInterface.ifPresent(o -> s.append("oif ").append(o).append(' '));
        s.append("lookup ").append(Integer.toUnsignedString(table));
        priority.ifPresent(p -> s.append(" priority ").append(Integer.toUnsignedString(p)));
        return s.toString();
    }

    /** The RTM_NEWRULE/RTM_DELRULE payload in `ip rule`'s attribute order; a deletion leaves the action a wildcard. */
    byte[] encode(boolean forDeletion) {
        boolean bigTable = Integer.compareUnsigned(table, 255) > 0;
        AttributeWriter w = new AttributeWriter().struct(ByteBuffer.allocate(HEADER).order(ByteOrder.nativeOrder())
                .put((byte) (family == IpAddress.Family.INET ? LibC.AF_INET : LibC.AF_INET6))
                .put((byte) (int) to.map(Prefix::length).orElse(0)).put((byte) (int) from.map(Prefix::length).orElse(0))
                .put((byte) 0).put((byte) (bigTable ? 0 : table)).put((byte) 0).put((byte) 0)
                .put((byte) (forDeletion ? 0 : FR_ACT_TO_TBL)).putInt(0).array());
        from.ifPresent(p -> w.bytes(FRA_SRC, p.address().bytes()));
        to.ifPresent(p -> w.bytes(FRA_DST, p.address().bytes()));
        fwmark.ifPresent(m -> w.u32(FRA_FWMARK, m));
        fwmask.ifPresent(m -> w.u32(FRA_FWMASK, m));
        inputInterface.ifPresent(i -> w.string(FRA_IIFNAME, i));
        outputInterface.ifPresent(o -> w.string(FRA_OIFNAME, o));
        if (bigTable) {
            w.u32(FRA_TABLE, table);
        }
        priority.ifPresent(p -> w.u32(FRA_PRIORITY, p));
        return w.toBytes();
    }

    private static void requireFamily(IpAddress.Family family, Prefix p) {
        if (p.address().family() != family) {
            throw new IllegalArgumentException(p + " is not an " + family + " prefix");
        }
    }
}
