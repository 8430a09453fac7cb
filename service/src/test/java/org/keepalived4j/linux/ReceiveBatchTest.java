package org.keepalived4j.linux;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recvmmsg vector on a Unix datagram socket pair, without root: the kernel fills in a batch's messages the way
 * it does for a raw VRRP socket (data, lengths, flags and ancillary data per message).
 */
class ReceiveBatchTest {

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SO_PASSCRED = 16;
    private static final int SCM_CREDENTIALS = 2;

    /** socketpair(2), which the daemon itself never needs. */
    private static final class UnixSockets {
        static {
            Native.register(UnixSockets.class, Platform.C_LIBRARY_NAME);
        }

        static native int socketpair(int domain, int type, int protocol, int[] fds) throws LastErrorException;
    }

    private final int[] pair = new int[2];

    @BeforeEach
    void open() {
        UnixSockets.socketpair(AF_UNIX, SOCK_DGRAM | LibC.SOCK_CLOEXEC, 0, pair);
    }

    @AfterEach
    void close() {
        LibC.close(pair[0]);
        LibC.close(pair[1]);
    }

    private void send(byte[] datagram) {
        LibC.write(pair[0], datagram, datagram.length);
    }

    private static byte[] datagram(int first, int length) {
        byte[] d = new byte[length];
        for (int i = 0; i < length; i++) {
            d[i] = (byte) (first + i);
        }
        return d;
    }

    private int read(ReceiveBatch batch) {
        int count = QuietLibC.recvmmsg(pair[1], batch.prepare(), batch.capacity(), LibC.MSG_DONTWAIT, null);
        batch.received(count);
        return count;
    }

    @Test
    void oneReadTakesEveryWaitingDatagramEachWithItsOwnBytes() {
        ReceiveBatch batch = new ReceiveBatch(8, 1500, 64);
        send(datagram(1, 40));
        send(datagram(2, 60));
        send(datagram(3, 1));

        assertThat(read(batch)).isEqualTo(3);

        assertThat(batch.data(0)).isEqualTo(datagram(1, 40));
        assertThat(batch.data(1)).isEqualTo(datagram(2, 60));
        assertThat(batch.data(2)).isEqualTo(datagram(3, 1));
        assertThat(read(batch)).as("nothing left: EAGAIN").isEqualTo(-1);
    }

    @Test
    void aLongerBurstTakesMoreReadsAndEachReadSeesOnlyItsOwnDatagrams() {
        ReceiveBatch batch = new ReceiveBatch(2, 1500, 64);
        send(datagram(1, 100));
        send(datagram(2, 200));
        send(datagram(3, 20));

        assertThat(read(batch)).isEqualTo(2);
        assertThat(batch.data(1)).hasSize(200);
        assertThat(read(batch)).isEqualTo(1);
        assertThat(batch.data(0)).as("a short datagram in a slot a longer one used before").isEqualTo(datagram(3, 20));
    }

    @Test
    void aDatagramLongerThanItsBufferIsCutAndFlaggedTruncated() {
        ReceiveBatch batch = new ReceiveBatch(4, 16, 64);
        send(datagram(7, 100));
        send(datagram(8, 10));

        assertThat(read(batch)).isEqualTo(2);

        assertThat(batch.data(0)).isEqualTo(datagram(7, 16));
        assertThat(batch.flags(0) & LibC.MSG_TRUNC).isNotZero();
        assertThat(batch.data(1)).isEqualTo(datagram(8, 10));
        assertThat(batch.flags(1) & LibC.MSG_TRUNC).isZero();
    }

    @Test
    void eachMessageCarriesItsOwnAncillaryData() {
        byte[] on = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(1).array();
        LibC.setsockopt(pair[1], LibC.SOL_SOCKET, SO_PASSCRED, on, on.length);
        ReceiveBatch batch = new ReceiveBatch(4, 1500, 64);
        send(datagram(1, 8));
        send(datagram(2, 8));

        assertThat(read(batch)).isEqualTo(2);

        long pid = ProcessHandle.current().pid();
        for (int i = 0; i < 2; i++) {
            // struct ucred: pid, uid, gid
            int credentials = batch.controlData(i, LibC.SOL_SOCKET, SCM_CREDENTIALS, 12);
            assertThat(credentials).as("message %d", i).isNotNegative();
            assertThat(batch.intAt(credentials)).isEqualTo((int) pid);
        }
        assertThat(batch.controlData(0, LibC.SOL_SOCKET, LibC.SO_RXQ_OVFL, 4)).as("absent").isEqualTo(-1);
    }
}
