package org.keepalived4j.linux;

/**
 * How long the kernel keeps an address (struct ifa_cacheinfo): preferred and valid lifetime in seconds, where
 * 0xFFFFFFFF means for ever. A VIP with a valid lifetime of a few seconds, renewed with every advertisement, is
 * deleted by the kernel itself if the daemon dies.
 */
public record AddressLifetime(long preferredSeconds, long validSeconds) {

    public static final long INFINITY = 0xFFFF_FFFFL;
    public static final AddressLifetime FOREVER = new AddressLifetime(INFINITY, INFINITY);

    public AddressLifetime {
        if (preferredSeconds < 0 || preferredSeconds > INFINITY || validSeconds < 0 || validSeconds > INFINITY) {
            throw new IllegalArgumentException("lifetimes are 32-bit seconds: " + preferredSeconds + "/" + validSeconds);
        }
        if (preferredSeconds > validSeconds) {
            throw new IllegalArgumentException("preferred lifetime " + preferredSeconds + " exceeds valid lifetime "
                    + validSeconds + ", which the kernel refuses");
        }
    }

    /** Preferred and valid for the same number of seconds. */
    public static AddressLifetime seconds(long seconds) {
        return new AddressLifetime(seconds, seconds);
    }

    public boolean isForever() {
        return validSeconds == INFINITY;
    }
}
