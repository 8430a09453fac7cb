package org.keepalived4j.config.net;

/** The {@code IFA_F_*} flags an address line can ask for, with the kernel's bit values. */
public enum AddressFlag {
    /** {@code home}: IFA_F_HOMEADDRESS (Mobile IPv6 home address). */
    HOME(0x10),
    /** {@code mngtmpaddr}: IFA_F_MANAGETEMPADDR. */
    MANAGE_TEMP_ADDR(0x100),
    /** {@code noprefixroute}: IFA_F_NOPREFIXROUTE. */
    NO_PREFIX_ROUTE(0x200),
    /** {@code autojoin}: IFA_F_MCAUTOJOIN. */
    AUTO_JOIN(0x400);

    /** The IFA_F_* bit. */
    public final int bit;

    AddressFlag(int bit) {
        this.bit = bit;
    }
}
