package org.keepalived4j.linux;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the NLMSG_ERROR answers (errno 0 is an ACK) to a batch of requests sent with consecutive sequence
 * numbers, in request order. Messages of other sequence numbers (late answers to an abandoned batch) are ignored.
 */
final class Acknowledgements {

    private final List<? extends RtnetlinkRequest> requests;
    private final int firstSequence;
    private final Integer[] errnos;
    private int pending;

    Acknowledgements(List<? extends RtnetlinkRequest> requests, int firstSequence) {
        this.requests = List.copyOf(requests);
        this.firstSequence = firstSequence;
        this.errnos = new Integer[requests.size()];
        this.pending = requests.size();
    }

    /** The messages to send, one per request. */
    List<NetlinkMessage> messages() {
        List<NetlinkMessage> messages = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            messages.add(requests.get(i).message(firstSequence + i));
        }
        return messages;
    }

    void accept(NetlinkMessage message) throws NetlinkFormatException {
        int slot = message.sequence() - firstSequence;
        if (slot < 0 || slot >= errnos.length || message.type() != NetlinkMessage.NLMSG_ERROR) {
            return;
        }
        if (errnos[slot] == null) {
            pending--;
        }
        errnos[slot] = message.errorCode();
    }

    boolean complete() {
        return pending == 0;
    }

    List<RequestOutcome> outcomes() {
        List<RequestOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < errnos.length; i++) {
            if (errnos[i] == null) {
                throw new IllegalStateException("request " + requests.get(i).describe() + " is unanswered");
            }
            outcomes.add(new RequestOutcome(requests.get(i), errnos[i]));
        }
        return outcomes;
    }
}
