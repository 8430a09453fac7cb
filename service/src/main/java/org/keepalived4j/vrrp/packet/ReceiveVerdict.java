package org.keepalived4j.vrrp.packet;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.IpAddress;

/** The outcome of {@link ReceiveCheck#check}: process the advertisement, or count and log the error. */
public sealed interface ReceiveVerdict {

    /**
     * A valid advertisement for this instance. Count it as received (and as priority-0 received
     * when its priority is 0).
     *
     * @param advert the decoded advertisement
     * @param source the sender (the IP source), which the election compares
     * @param destination the IP destination
     * @param checksum which checksum form matched
     * @param intervalDiffers v3 only: the interval differs from ours; not a discard (RFC 5798 §7.1:
     *        the backup adopts the master's), but worth a log line
     * @param addressListDiffers the address count or list differs from ours but the sender is the
     *        owner (priority 255), which RFC 3768 §7.1 says to log and still process; count it as an
     *        address list error
     * @param ahSequence AH only: the sequence number, to become the new floor; -1 otherwise
     * @param notes human sentences for the flags above, for the log
     */
    record Accepted(Advertisement advert, IpAddress source, IpAddress destination, ChecksumForm checksum,
            boolean intervalDiffers, boolean addressListDiffers, long ahSequence, List<String> notes)
            implements ReceiveVerdict {

        public Accepted {
            Objects.requireNonNull(advert, "advert");
            notes = List.copyOf(notes);
        }
    }

    /**
     * A discarded packet.
     *
     * @param detail a sentence naming the field and the values, e.g. "advertisement interval 2 s
     *        differs from the configured 1 s"; the engine adds the instance and the peer
     */
    record Rejected(ReceiveError error, String detail) implements ReceiveVerdict {

        public Rejected {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Which checksum made the packet valid. */
    enum ChecksumForm {
        /** v2: RFC 1071 over the message including the authentication data. */
        V2_MESSAGE,
        /** v3 over IPv4 with the IPv4 pseudo-header (keepalived 2.2.7, FRR). */
        V3_PSEUDO_HEADER,
        /** v3 over IPv4 over the message only (RFC 9568, Cisco, Juniper). */
        V3_MESSAGE_ONLY,
        /** v3 unicast over IPv4 with 224.0.0.18 in the pseudo-header instead of our address (keepalived up to 1.3.6). */
        V3_OLD_UNICAST,
        /** IPv6: the kernel verified it before we saw the packet. */
        IPV6_KERNEL
    }
}
