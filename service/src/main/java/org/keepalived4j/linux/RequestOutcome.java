package org.keepalived4j.linux;

/**
 * What the kernel answered to one request of a batch: errno 0 is success.
 */
public record RequestOutcome(RtnetlinkRequest request, int errno) {

    public boolean succeeded() {
        return errno == 0;
    }

    /** "RTM_NEWADDR 192.0.2.201/24 dev eth0: File exists". */
    public String message() {
        return request.describe() + ": " + (errno == 0 ? "done" : Errno.describe(errno));
    }

    /** Throws if the kernel refused the request. */
    public void orThrow() throws RtnetlinkException {
        if (errno != 0) {
            throw new RtnetlinkException(this);
        }
    }
}
