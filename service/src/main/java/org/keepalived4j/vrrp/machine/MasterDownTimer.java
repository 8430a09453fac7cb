package org.keepalived4j.vrrp.machine;

/**
 * The Master_Down_Timer. Like keepalived it remembers the length it was last started with
 * (ms_down_timer): a priority change shifts a running timer by the difference between the new
 * Master_Down_Interval and that length, and an ignored advert sets the length to what is left.
 */
final class MasterDownTimer {

    private long lengthMicros;
    private long deadline = Long.MAX_VALUE;

    void start(long now, long lengthMicros) {
        this.lengthMicros = lengthMicros;
        this.deadline = now + lengthMicros * 1000L;
    }

    /** Keeps the deadline but records the remaining time as the length (keepalived, ignored advert). */
    void keepRunning(long now) {
        if (running()) {
            lengthMicros = Math.max(0, (deadline - now) / 1000L);
        }
    }

    /**
     * Sets a new length; a running timer moves by the difference, but never into the past: a
     * deadline that would be overdue fires at the next {@code timersDue}.
     */
    void changeLength(long now, long newLengthMicros) {
        long shiftNanos = (newLengthMicros - lengthMicros) * 1000L;
        lengthMicros = newLengthMicros;
        if (running()) {
            deadline = Math.max(now, deadline + shiftNanos);
        }
    }

    void cancel() {
        deadline = Long.MAX_VALUE;
    }

    boolean running() {
        return deadline != Long.MAX_VALUE;
    }

    long deadline() {
        return deadline;
    }
}
