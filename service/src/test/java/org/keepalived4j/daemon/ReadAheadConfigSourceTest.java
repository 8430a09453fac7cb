package org.keepalived4j.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigLoader;
import org.keepalived4j.config.Diagnostics;

class ReadAheadConfigSourceTest {

    /** Records which thread read what; every reading is a new result. */
    static final class RecordingSource implements ConfigSource {
        final List<String> reads = new CopyOnWriteArrayList<>();
        RuntimeException failure;

        @Override
        public boolean exists(String mainFile) {
            return mainFile.equals("/k.conf");
        }

        @Override
        public ConfigLoader.Result load(String mainFile, String configId, boolean allConfig) {
            reads.add(Thread.currentThread().getName() + ": " + mainFile + " " + configId + " " + allConfig);
            if (failure != null) {
                throw failure;
            }
            return new ConfigLoader.Result(FakeConfigSource.emptyConfig(), new Diagnostics());
        }
    }

    final RecordingSource source = new RecordingSource();
    final CountDownLatch afterwards = new CountDownLatch(1);

    @Test
    void theDaemonsFirstLoadIsTheReadingMadeAheadOnItsOwnThreadThenTheSecondTaskRuns() throws Exception {
        ReadAheadConfigSource ahead = new ReadAheadConfigSource(source, "/k.conf", "id1", true, afterwards::countDown);

        ConfigLoader.Result first = ahead.load("/k.conf", "id1", true);

        assertThat(first.usable()).isTrue();
        assertThat(source.reads).containsExactly("config-read-ahead: /k.conf id1 true");
        assertThat(afterwards.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aReloadReadsAfresh() {
        ReadAheadConfigSource ahead = new ReadAheadConfigSource(source, "/k.conf", null, false, () -> { });
        ConfigLoader.Result first = ahead.load("/k.conf", null, false);

        ConfigLoader.Result second = ahead.load("/k.conf", null, false);

        assertThat(second).isNotSameAs(first);
        assertThat(source.reads).containsExactly("config-read-ahead: /k.conf null false",
                Thread.currentThread().getName() + ": /k.conf null false");
    }

    @Test
    void aLoadOfSomethingElseReadsAfresh() throws Exception {
        ReadAheadConfigSource ahead = new ReadAheadConfigSource(source, "/k.conf", null, false, afterwards::countDown);
        assertThat(afterwards.await(10, TimeUnit.SECONDS)).isTrue();

        ahead.load("/other.conf", null, false);

        assertThat(source.reads).containsExactly("config-read-ahead: /k.conf null false",
                Thread.currentThread().getName() + ": /other.conf null false");
        assertThat(ahead.exists("/k.conf")).isTrue();
        assertThat(ahead.exists("/other.conf")).isFalse();
    }

    @Test
    void aReadingThatFailedFailsTheFirstLoadWithTheSameException() {
        IllegalStateException broken = new IllegalStateException("reader broke");
        source.failure = broken;
        ReadAheadConfigSource ahead = new ReadAheadConfigSource(source, "/k.conf", null, false, afterwards::countDown);

        assertThatThrownBy(() -> ahead.load("/k.conf", null, false)).isSameAs(broken);
    }
}
