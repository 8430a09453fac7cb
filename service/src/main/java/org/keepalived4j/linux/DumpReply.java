package org.keepalived4j.linux;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the answer to a dump request: NLM_F_MULTI messages of one sequence number up to NLMSG_DONE. An
 * NLMSG_ERROR (or a DONE carrying an error) ends the dump with that error.
 */
final class DumpReply {

    private final String request;
    private final int sequence;
    private final List<NetlinkMessage> messages = new ArrayList<>();
    private boolean done;

    DumpReply(String request, int sequence) {
        this.request = request;
        this.sequence = sequence;
    }

    void accept(NetlinkMessage message) throws NetlinkFormatException, SyscallException {
        if (message.sequence() != sequence || done) {
            return;
        }
        switch (message.type()) {
            case NetlinkMessage.NLMSG_DONE -> {
                done = true;
                // since Linux 4.x a dump may end in DONE with a negative errno (e.g. an interrupted dump)
                if (message.payload().length >= 4 && message.errorCode() != 0) {
                    throw new SyscallException(request, "", message.errorCode());
                }
            }
            case NetlinkMessage.NLMSG_ERROR -> {
                done = true;
                if (message.errorCode() != 0) {
                    throw new SyscallException(request, "", message.errorCode());
                }
            }
            case NetlinkMessage.NLMSG_NOOP, NetlinkMessage.NLMSG_OVERRUN -> { }
            default -> messages.add(message);
        }
    }

    boolean complete() {
        return done;
    }

    List<NetlinkMessage> messages() {
        return List.copyOf(messages);
    }
}
