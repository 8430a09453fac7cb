package org.keepalived4j.vrrp.machine;

/** The Adver_Timer of a master: always the own configured interval, as keepalived sends it. */
final class AdvertTimer {

    private long deadline = Long.MAX_VALUE;

    void arm(long now, long intervalMicros) {
        deadline = now + intervalMicros * 1000L;
    }

    void cancel() {
        deadline = Long.MAX_VALUE;
    }

    long deadline() {
        return deadline;
    }
}
