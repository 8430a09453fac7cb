package org.keepalived4j.config.global;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.IpAddress;

/**
 * global_defs settings that every VRRP instance starts from, or that the VRRP process applies as a whole.
 *
 * @param version               {@code vrrp_version} 2 or 3 (default 2; IPv6 instances always use 3)
 * @param mcastGroup4           {@code vrrp_mcast_group4} (default 224.0.0.18)
 * @param mcastGroup6           {@code vrrp_mcast_group6} (default ff02::12)
 * @param defaultInterface      {@code default_interface}, if given (see {@link #effectiveDefaultInterface()})
 * @param strict                {@code vrrp_strict}
 * @param skipCheckAdvAddr      {@code vrrp_skip_check_adv_addr}
 * @param checkUnicastSrc       {@code vrrp_check_unicast_src}
 * @param lowerPrioNoAdvert     {@code vrrp_lower_prio_no_advert} (default false; strict mode forces true)
 * @param higherPrioSendAdvert  {@code vrrp_higher_prio_send_advert} (default false)
 * @param downTimerAdverts      {@code vrrp_down_timer_adverts} 1..100 (default 3)
 * @param startupDelay          {@code vrrp_startup_delay} (default 0)
 * @param logUnknownVrids       {@code log_unknown_vrids}
 * @param vmacPrefix            {@code vmac_prefix}, if given
 * @param vmacAddrPrefix        {@code vmac_addr_prefix}, if given
 * @param rxBufsPolicy          {@code vrrp_rx_bufs_policy}
 * @param rxBufsMultiplier      {@code vrrp_rx_bufs_multiplier} (default 3)
 * @param dynamicInterfaces     {@code dynamic_interfaces}: interfaces may be missing at start
 * @param allowIfChanges        {@code dynamic_interfaces allow_if_changes}
 * @param disableLocalIgmp      {@code disable_local_igmp}
 * @param vipLifetime           keepalived4j's {@code vip_lifetime} default for every instance (default auto)
 * @param v3ChecksumAsV2        {@code v3_checksum_as_v2} (keepalived 2.2.8+): VRRPv3 IPv4 checksums without the
 *                              pseudo-header (RFC 9568, Cisco, Juniper)
 */
public record VrrpDefaults(int version, IpAddress mcastGroup4, IpAddress mcastGroup6, Optional<String> defaultInterface,
                           boolean strict, boolean skipCheckAdvAddr, boolean checkUnicastSrc, boolean lowerPrioNoAdvert,
                           boolean higherPrioSendAdvert, int downTimerAdverts, Duration startupDelay,
                           boolean logUnknownVrids, Optional<String> vmacPrefix, Optional<String> vmacAddrPrefix,
                           RxBufsPolicy rxBufsPolicy, long rxBufsMultiplier, boolean dynamicInterfaces,
                           boolean allowIfChanges, boolean disableLocalIgmp, VipLifetimeSetting vipLifetime,
                           boolean v3ChecksumAsV2) {

    public static final IpAddress DEFAULT_MCAST_GROUP4 = IpAddress.parse("224.0.0.18").orElseThrow();
    public static final IpAddress DEFAULT_MCAST_GROUP6 = IpAddress.parse("ff02::12").orElseThrow();
    public static final String DEFAULT_INTERFACE = "eth0";
    public static final String DEFAULT_VMAC_PREFIX = "vrrp";
    public static final int DEFAULT_DOWN_TIMER_ADVERTS = 3;
    public static final long DEFAULT_RX_BUFS_MULTIPLIER = 3;

    public static final VrrpDefaults DEFAULT = new VrrpDefaults(2, DEFAULT_MCAST_GROUP4, DEFAULT_MCAST_GROUP6,
            Optional.empty(), false, false, false, false, false, DEFAULT_DOWN_TIMER_ADVERTS, Duration.ZERO, false,
            Optional.empty(), Optional.empty(), RxBufsPolicy.SYSTEM_DEFAULT, DEFAULT_RX_BUFS_MULTIPLIER, false, false,
            false, VipLifetimeSetting.AUTO, false);

    public VrrpDefaults {
        Objects.requireNonNull(mcastGroup4, "mcastGroup4");
        Objects.requireNonNull(mcastGroup6, "mcastGroup6");
        Objects.requireNonNull(defaultInterface, "defaultInterface");
        Objects.requireNonNull(startupDelay, "startupDelay");
        Objects.requireNonNull(vmacPrefix, "vmacPrefix");
        Objects.requireNonNull(vmacAddrPrefix, "vmacAddrPrefix");
        Objects.requireNonNull(rxBufsPolicy, "rxBufsPolicy");
        Objects.requireNonNull(vipLifetime, "vipLifetime");
    }

    /** The interface for static addresses and VIPs without {@code dev}: {@code default_interface}, else eth0. */
    public String effectiveDefaultInterface() {
        return defaultInterface.orElse(DEFAULT_INTERFACE);
    }

    public String effectiveVmacPrefix() {
        return vmacPrefix.orElse(DEFAULT_VMAC_PREFIX);
    }

    /** The prefix for VMACs of VIPs off the instance's interface: {@code vmac_addr_prefix}, else the VMAC prefix. */
    public String effectiveVmacAddrPrefix() {
        return vmacAddrPrefix.orElseGet(this::effectiveVmacPrefix);
    }
}
