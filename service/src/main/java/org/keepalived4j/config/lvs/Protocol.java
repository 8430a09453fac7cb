package org.keepalived4j.config.lvs;

import java.util.Locale;

/** The transport protocol of an address-based virtual service, as IPVS knows it. */
public enum Protocol {
    TCP(6), UDP(17), SCTP(132);

    /** The IP protocol number, as IPVS wants it. */
    public final int number;

    Protocol(int number) {
        this.number = number;
    }

    /** The lower-case name keepalived prints in {@code [addr]:tcp:port}. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
