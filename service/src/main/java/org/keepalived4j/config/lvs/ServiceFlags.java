package org.keepalived4j.config.lvs;

/**
 * The IPVS service flags a virtual server asks for. The scheduler flags share bits: for
 * {@code sh} and {@code mh}, {@code *-fallback} is sched-flag-1 and {@code *-port} is
 * sched-flag-2, as in the kernel.
 */
public record ServiceFlags(boolean hashed, boolean onePacket, boolean sched1, boolean sched2, boolean sched3) {

    public static final ServiceFlags NONE = new ServiceFlags(false, false, false, false, false);

    static final int IP_VS_SVC_F_PERSISTENT = 0x0001;
    static final int IP_VS_SVC_F_HASHED = 0x0002;
    static final int IP_VS_SVC_F_ONEPACKET = 0x0004;
    static final int IP_VS_SVC_F_SCHED1 = 0x0008;
    static final int IP_VS_SVC_F_SCHED2 = 0x0010;
    static final int IP_VS_SVC_F_SCHED3 = 0x0020;

    /** The flags word as the IPVS netlink API takes it (without the persistent flag). */
    public int ipvsBits() {
        return (hashed ? IP_VS_SVC_F_HASHED : 0) | (onePacket ? IP_VS_SVC_F_ONEPACKET : 0)
                | (sched1 ? IP_VS_SVC_F_SCHED1 : 0) | (sched2 ? IP_VS_SVC_F_SCHED2 : 0)
                | (sched3 ? IP_VS_SVC_F_SCHED3 : 0);
    }

    ServiceFlags withOnePacket(boolean v) {
        return new ServiceFlags(hashed, v, sched1, sched2, sched3);
    }
}
