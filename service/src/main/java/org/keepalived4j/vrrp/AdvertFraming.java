package org.keepalived4j.vrrp;

import java.util.Optional;
import org.keepalived4j.config.IpAddress;
import org.keepalived4j.vrrp.packet.AdvertisementCodec;
import org.keepalived4j.vrrp.packet.AdvertisementPacket;
import org.keepalived4j.vrrp.packet.Advertisement;
import org.keepalived4j.vrrp.packet.ReceiveCheck;
import org.keepalived4j.vrrp.packet.ReceiveExpectation;
import org.keepalived4j.vrrp.packet.ReceiveVerdict;
import org.keepalived4j.vrrp.packet.ReceivedAdvertisement;
import org.keepalived4j.vrrp.packet.V3Checksum;

/**
 * Puts one instance's adverts on the wire and checks what comes back: the per-instance state
 * the packet layer needs but must not keep (the IPv4 identification counter, the AH sequence
 * counter). Owned by the loop thread.
 */
final class AdvertFraming {

    private final IpAddress.Family family;
    private final boolean unicast;
    private final V3Checksum sendForm;
    private final ReceiveExpectation expectation;
    private int ipId;
    /**
     * keepalived keeps one AH sequence counter per instance for what it sends and what it accepts:
     * a router that takes over continues above the last number it saw, and a peer drops anything
     * at or below the highest number it has seen from either side.
     */
    private long ahSequence;
    /** The expectation of the last check, kept while the master and the AH floor stay the same. */
    private ReceiveExpectation lastExpectation;
    private Optional<IpAddress> lastBackupOf;
    private long lastFloor;

    AdvertFraming(IpAddress.Family family, boolean unicast, V3Checksum sendForm, ReceiveExpectation expectation) {
        this.family = family;
        this.unicast = unicast;
        this.sendForm = sendForm;
        this.expectation = expectation;
    }

    /** The bytes for a raw socket: a whole IPv4 datagram (IP_HDRINCL), or the VRRP message over IPv6. */
    byte[] frame(Advertisement advert, IpAddress source, IpAddress destination) {
        if (family == IpAddress.Family.INET6) {
            return AdvertisementCodec.encode(advert, source, destination, V3Checksum.PSEUDO_HEADER);
        }
        ipId = ipId == 0xffff ? 1 : ipId + 1;
        return AdvertisementPacket.ipv4(advert, source, destination, ipId, sendForm, ++ahSequence, unicast);
    }

    /**
     * Checks a received datagram; {@code backupOf} is the master whose adverts this instance
     * accepts as BACKUP (keepalived's {@code skip_check_adv_addr} trusts only that one).
     */
    ReceiveVerdict check(ReceivedAdvertisement datagram, Optional<IpAddress> backupOf) {
        if (lastExpectation == null || lastFloor != ahSequence || !backupOf.equals(lastBackupOf)) {
            lastExpectation = expectation.withSkipCheckAdvAddr(backupOf).withAhSequenceFloor(ahSequence);
            lastBackupOf = backupOf;
            lastFloor = ahSequence;
        }
        ReceiveExpectation e = lastExpectation;
        ReceiveVerdict verdict = ReceiveCheck.check(datagram, e);
        if (verdict instanceof ReceiveVerdict.Accepted a && a.ahSequence() > ahSequence) {
            ahSequence = a.ahSequence();
        }
        return verdict;
    }
}
