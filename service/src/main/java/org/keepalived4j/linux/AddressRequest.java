package org.keepalived4j.linux;

/**
 * Add, refresh or delete an address.
 *
 * @param action        what to do
 * @param address       the address (its interfaceIndex says where)
 * @param interfaceName the interface's name, for messages only
 */
public record AddressRequest(Action action, InterfaceAddress address, String interfaceName) implements RtnetlinkRequest {

    public enum Action {
        /** RTM_NEWADDR with NLM_F_CREATE|NLM_F_EXCL: fails with "File exists" if the address is there. */
        ADD,
        /**
         * RTM_NEWADDR with NLM_F_CREATE|NLM_F_REPLACE: adds the address, or updates an existing one's lifetime and
         * flags in place (how a VIP with a short lifetime is kept alive without ever disappearing).
         */
        REPLACE,
        /** RTM_DELADDR. */
        DELETE
    }

    public static AddressRequest add(InterfaceAddress address, String interfaceName) {
        return new AddressRequest(Action.ADD, address, interfaceName);
    }

    public static AddressRequest replace(InterfaceAddress address, String interfaceName) {
        return new AddressRequest(Action.REPLACE, address, interfaceName);
    }

    public static AddressRequest delete(InterfaceAddress address, String interfaceName) {
        return new AddressRequest(Action.DELETE, address, interfaceName);
    }

    @Override
    public NetlinkMessage message(int sequence) {
        int flags = NetlinkMessage.NLM_F_REQUEST | NetlinkMessage.NLM_F_ACK;
        return switch (action) {
            case ADD -> new NetlinkMessage(InterfaceAddress.RTM_NEWADDR,
                    flags | NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_EXCL, sequence, 0, address.encode(false));
            case REPLACE -> new NetlinkMessage(InterfaceAddress.RTM_NEWADDR,
                    flags | NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_REPLACE, sequence, 0, address.encode(false));
            case DELETE -> new NetlinkMessage(InterfaceAddress.RTM_DELADDR, flags, sequence, 0, address.encode(true));
        };
    }

    @Override
    public String describe() {
        return (action == Action.DELETE ? "RTM_DELADDR " : "RTM_NEWADDR ") + address.cidr() + " dev " + interfaceName;
    }
}
