package org.keepalived4j.linux;

/**
 * The binding of libc through JNA, which the first socket makes otherwise: loading JNA's native
 * part and its library search (which runs {@code ldconfig -p}) cost some 40 ms, and a daemon that
 * starts can spend them on another thread while it is busy elsewhere.
 */
public final class NativeBinding {

    private NativeBinding() {
    }

    /** Binds libc now, in this thread; refuses a machine that is not LP64 Linux as the first socket would. */
    public static void bindNow() {
        LibC.requireLp64();
    }
}
