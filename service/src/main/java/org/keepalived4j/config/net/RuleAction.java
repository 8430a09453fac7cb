package org.keepalived4j.config.net;

/** What a rule does when it matches ({@code FR_ACT_*}, with the kernel's numbers). */
public enum RuleAction {
    /** {@code table N}/{@code lookup N}, or {@code l3mdev}. */
    TO_TABLE(1),
    /** {@code goto PREF}. */
    GOTO(2),
    /** {@code nop}. */
    NOP(3),
    /** {@code blackhole}. */
    BLACKHOLE(6),
    /** {@code unreachable}. */
    UNREACHABLE(7),
    /** {@code prohibit}. */
    PROHIBIT(8);

    public final int code;

    RuleAction(int code) {
        this.code = code;
    }
}
