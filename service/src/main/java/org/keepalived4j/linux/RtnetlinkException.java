package org.keepalived4j.linux;

/** The kernel refused an rtnetlink request; the message names the request, e.g. "RTM_NEWADDR 192.0.2.201/24 dev eth0: File exists". */
public final class RtnetlinkException extends SyscallException {

    private static final long serialVersionUID = 1L;

    private final transient RequestOutcome outcome;

    RtnetlinkException(RequestOutcome outcome) {
        super(outcome.message(), outcome.request().describe(), "", outcome.errno());
        this.outcome = outcome;
    }

    public RequestOutcome outcome() {
        return outcome;
    }
}
