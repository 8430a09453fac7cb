package org.keepalived4j.config.lvs;

import org.keepalived4j.config.IpAddress;

/** How keepalived names services in messages (FMT_VS, FMT_RS: {@code [addr]:proto:port}). */
final class ServiceNames {

    private ServiceNames() {
    }

    static String trio(IpAddress address, Protocol protocol, int port) {
        return "[" + address + "]:" + (protocol == null ? "none" : protocol.shortName()) + ":" + port;
    }

    static String virtualServer(ServiceAddress address, Protocol protocol) {
        if (address instanceof ServiceAddress.Group g) {
            return "[" + g.name() + "]:" + g.memberIndex();
        }
        if (address instanceof ServiceAddress.Fwmark f) {
            return "FWM " + f.mark();
        }
        ServiceAddress.Socket s = (ServiceAddress.Socket) address;
        return trio(s.address(), protocol, s.port());
    }
}
