package org.keepalived4j.config.global;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.Directive;
import org.keepalived4j.config.KeepalivedNumbers;

/**
 * keepalived4j's {@code vip_lifetime} (global_defs default, per-instance override): whether a
 * MASTER gives its virtual addresses a kernel lifetime, refreshed with its adverts, so that the
 * kernel removes them if the daemon dies. Not a keepalived keyword.
 *
 * @param mode {@code auto} (the default: the master-down interval plus one advert, in whole
 *        seconds), {@code off} (keepalived's behaviour: forever) or a fixed number of seconds
 * @param seconds the fixed lifetime when {@code mode} is FIXED (never below the derived one)
 */
public record VipLifetimeSetting(Mode mode, long seconds) {

    public enum Mode { AUTO, OFF, FIXED }

    public static final long MAX_SECONDS = 86_400;
    public static final VipLifetimeSetting AUTO = new VipLifetimeSetting(Mode.AUTO, 0);
    public static final VipLifetimeSetting OFF = new VipLifetimeSetting(Mode.OFF, 0);

    /** Reads {@code vip_lifetime off|auto|SECONDS}; a bad value is reported at its line and ignored. */
    public static Optional<VipLifetimeSetting> read(Directive d, Diagnostics diagnostics) {
        if (d.argCount() < 1) {
            diagnostics.error(d.pos(), "vip_lifetime requires off, auto or a number of seconds");
            return Optional.empty();
        }
        String word = d.arg(0).toLowerCase(Locale.ROOT);
        if (word.equals("off")) {
            return Optional.of(OFF);
        }
        if (word.equals("auto") || word.equals("on")) {
            return Optional.of(AUTO);
        }
        OptionalLong n = KeepalivedNumbers.readUnsigned(d.arg(0), 1, MAX_SECONDS, d.pos(), diagnostics);
        if (n.isEmpty()) {
            diagnostics.error(d.pos(), "vip_lifetime '" + d.arg(0) + "' invalid - use off, auto or seconds 1.."
                    + MAX_SECONDS + "; ignoring");
            return Optional.empty();
        }
        return Optional.of(new VipLifetimeSetting(Mode.FIXED, n.getAsLong()));
    }

    /**
     * The engine's encoding: -1 = off (forever), 0 = derived from the master-down interval,
     * N = at least N seconds.
     */
    public long engineSeconds() {
        return switch (mode) {
            case OFF -> -1;
            case AUTO -> 0;
            case FIXED -> seconds;
        };
    }
}
