package org.keepalived4j.config.global;

import java.util.Objects;

/** The netlink socket buffers of the VRRP process, the checker process and the process monitor. */
public record NetlinkBuffers(NetlinkBuffer vrrpCommand, NetlinkBuffer vrrpMonitor, NetlinkBuffer lvsCommand,
                             NetlinkBuffer lvsMonitor, NetlinkBuffer processMonitor) {

    public static final NetlinkBuffers DEFAULT = new NetlinkBuffers(NetlinkBuffer.DEFAULT, NetlinkBuffer.DEFAULT,
            NetlinkBuffer.DEFAULT, NetlinkBuffer.DEFAULT, NetlinkBuffer.DEFAULT);

    public NetlinkBuffers {
        Objects.requireNonNull(vrrpCommand, "vrrpCommand");
        Objects.requireNonNull(vrrpMonitor, "vrrpMonitor");
        Objects.requireNonNull(lvsCommand, "lvsCommand");
        Objects.requireNonNull(lvsMonitor, "lvsMonitor");
        Objects.requireNonNull(processMonitor, "processMonitor");
    }
}
