package org.keepalived4j.vrrp.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.hex;
import static org.keepalived4j.vrrp.packet.AdvertisementCodecTest.ip;

import org.junit.jupiter.api.Test;

class LinkAnnouncementTest {

    static final byte[] VMAC4 = hex("00005e000133");
    static final byte[] VMAC6 = hex("00005e000233");

    @Test
    void gratuitousArpMatchesScapy() {
        // scapy 2.5.0: Ether(dst="ff:ff:ff:ff:ff:ff", src=vmac)/ARP(op=1, hwsrc=vmac, psrc=vip,
        // hwdst="ff:ff:ff:ff:ff:ff", pdst=vip); target MAC = broadcast as keepalived's vrrp_arp.c
        assertThat(GratuitousArp.frame(VMAC4, ip("192.168.200.1"))).hasSize(42).isEqualTo(hex(
                "ffffffffffff00005e0001330806000108000604000100005e000133c0a8c801ffffffffffffc0a8c801"));
    }

    @Test
    void neighbourAdvertFromTheVipWithRouterFlagMatchesScapy() {
        // scapy 2.5.0: Ether(dst="33:33:00:00:00:01", src=vmac)/IPv6(src=vip, dst="ff02::1", hlim=255)
        //   /ICMPv6ND_NA(R=1, S=0, O=1, tgt=vip)/ICMPv6NDOptDstLLAddr(lladdr=vmac)
        assertThat(UnsolicitedNeighborAdvert.frame(VMAC6, ip("2001:db8::1"), true)).hasSize(86).isEqualTo(hex(
                "33330000000100005e00023386dd6000000000203aff20010db8000000000000000000000001"
                        + "ff020000000000000000000000000001"
                        + "88001af8a000000020010db8000000000000000000000001020100005e000233"));
    }

    @Test
    void neighbourAdvertFromALinkLocalWithoutRouterFlagMatchesScapy() {
        // scapy 2.5.0: as above with IPv6 src fe80::200:ff:fe00:10 and R=0
        assertThat(UnsolicitedNeighborAdvert.frame(VMAC6, ip("fe80::200:ff:fe00:10"), ip("2001:db8::1"), false))
                .isEqualTo(hex("33330000000100005e00023386dd6000000000203afffe80000000000000020000fffe000010"
                        + "ff020000000000000000000000000001"
                        + "8800c9212000000020010db8000000000000000000000001020100005e000233"));
    }
}
