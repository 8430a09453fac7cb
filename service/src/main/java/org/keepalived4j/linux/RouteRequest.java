package org.keepalived4j.linux;

/**
 * Add, replace or delete a route (virtual_routes).
 *
 * @param interfaceName the name of the route's output interface, for messages only (may be empty)
 */
public record RouteRequest(Action action, Route route, String interfaceName) implements RtnetlinkRequest {

    public enum Action {
        /** NLM_F_CREATE|NLM_F_EXCL: "File exists" if the route is there. */
        ADD,
        /** NLM_F_CREATE|NLM_F_REPLACE. */
        REPLACE,
        DELETE
    }

    @Override
    public NetlinkMessage message(int sequence) {
        int flags = NetlinkMessage.NLM_F_REQUEST | NetlinkMessage.NLM_F_ACK;
        return switch (action) {
            case ADD -> new NetlinkMessage(Route.RTM_NEWROUTE, flags | NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_EXCL,
                    sequence, 0, route.encode(false));
            case REPLACE -> new NetlinkMessage(Route.RTM_NEWROUTE,
                    flags | NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_REPLACE, sequence, 0, route.encode(false));
            case DELETE -> new NetlinkMessage(Route.RTM_DELROUTE, flags, sequence, 0, route.encode(true));
        };
    }

    @Override
    public String describe() {
        return (action == Action.DELETE ? "RTM_DELROUTE " : "RTM_NEWROUTE ") + route.describe()
                + (interfaceName.isEmpty() ? "" : " dev " + interfaceName);
    }
}
