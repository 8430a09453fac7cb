package org.keepalived4j.testing;

/** Signals a test sends to a daemon; numbers are Linux's (glibc: SIGRTMIN is 34). */
public enum Signal {
    HUP(1),
    INT(2),
    QUIT(3),
    KILL(9),
    USR1(10),
    USR2(12),
    TERM(15),
    CONT(18),
    STOP(19),
    /** keepalived's "write JSON" signal. */
    RTMIN_PLUS_2(36);

    private final int number;

    Signal(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
