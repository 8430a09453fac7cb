package org.keepalived4j.vrrp.machine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timer arithmetic with the worked values of protocols.md 1.3 / 2.4 and keepalived's µs rounding. */
class SkewTest {

    private static final long SECOND = 1_000_000L;
    private static final long CENTI = 10_000L;

    @Test
    void v2Priority100GivesTheQuoted3Point6SecondFailover() {
        assertThat(Skew.micros(2, 100, SECOND)).isEqualTo(609_375L);
        assertThat(Skew.masterDownIntervalMicros(2, 3, 100, SECOND)).isEqualTo(3_609_375L);
    }

    @Test
    void v2Priority254() {
        // 2/256 s = 7812.5 µs, truncated as keepalived's unsigned division does
        assertThat(Skew.masterDownIntervalMicros(2, 3, 254, SECOND)).isEqualTo(3_007_812L);
    }

    @Test
    void v2SkewIgnoresTheAdvertInterval() {
        // RFC 3768: (256 - prio) / 256 s whatever the interval; only the 3 intervals grow
        assertThat(Skew.micros(2, 100, 5 * SECOND)).isEqualTo(609_375L);
        assertThat(Skew.masterDownIntervalMicros(2, 3, 100, 5 * SECOND)).isEqualTo(15_609_375L);
    }

    @Test
    void v3Priority200At100CentisUsesKeepalivedMicrosecondArithmetic() {
        // the RFC's integer centiseconds give 21 cs (FRR shows 210 ms); keepalived: 56 * 100 * 625 / 16 µs
        assertThat(Skew.micros(3, 200, 100 * CENTI)).isEqualTo(218_750L);
        assertThat(Skew.masterDownIntervalMicros(3, 3, 200, 100 * CENTI)).isEqualTo(3_218_750L);
    }

    @Test
    void v3FastestStandardFailover() {
        // 10 cs adverts at 254: 3 * 10 cs + 2 * 10 * 625 / 16 µs = 300 ms + 781 µs
        assertThat(Skew.masterDownIntervalMicros(3, 3, 254, 10 * CENTI)).isEqualTo(300_781L);
    }

    @Test
    void v3SkewFollowsTheLearnedInterval() {
        assertThat(Skew.micros(3, 200, 50 * CENTI)).isEqualTo(109_375L);
        assertThat(Skew.micros(3, 200, 4095 * CENTI)).isEqualTo(56L * 4095 * 625 / 16);
    }

    @Test
    void downTimerAdvertsMultipliesTheInterval() {
        assertThat(Skew.masterDownIntervalMicros(2, 1, 100, SECOND)).isEqualTo(1_609_375L);
        assertThat(Skew.masterDownIntervalMicros(2, 10, 100, SECOND)).isEqualTo(10_609_375L);
    }

    @Test
    void ownerSkewIsOne256th() {
        assertThat(Skew.micros(2, 255, SECOND)).isEqualTo(3_906L);
        assertThat(Skew.micros(3, 255, 100 * CENTI)).isEqualTo(3_906L);
    }
}
