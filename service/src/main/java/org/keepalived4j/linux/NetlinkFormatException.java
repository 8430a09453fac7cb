package org.keepalived4j.linux;

import java.io.IOException;

/** A netlink reply or event that does not parse: lengths that overrun, headers cut short. */
public final class NetlinkFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public NetlinkFormatException(String message) {
        super(message);
    }
}
