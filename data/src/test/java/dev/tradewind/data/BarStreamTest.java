package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A load handing its bars to a consumer on another thread while it reads the file. */
class BarStreamTest {
    @TempDir Path tmp;

    /** Every bar a consumer reads from the stream, as a series, read in slices of at most {@code max}. */
    static CompletableFuture<BarSeries> consume(BarStream s, int max) {
        return CompletableFuture.supplyAsync(() -> {
            BarChunks all = new BarChunks();
            try {
                for (long done = 0; ; ) {
                    BarStream.Slice x = s.next(done, max);
                    if (x.count() == 0) break;
                    for (int k = x.from(); k < x.from() + x.count(); k++) {
                        all.add(x.time()[k], x.open()[k], x.high()[k], x.low()[k], x.close()[k], x.volume()[k]);
                    }
                    done += x.count();
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            return all.toSeries("X");
        });
    }

    Path csv(int rows, int badAt, String bad) throws Exception {
        StringBuilder s = new StringBuilder("open_time,open,high,low,close,volume\n");
        for (int i = 0; i < rows; i++) {
            s.append(i == badAt ? bad : (1_700_000_000_000L + i * 60_000L) + "," + (100 + i % 7) + ",110,90," + (100 + i % 5) + "," + i + "\n");
        }
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, s);
        return f;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, BarChunks.PUBLISH - 1, BarChunks.PUBLISH, 70_000, 250_001})
    void theConsumerReadsExactlyTheSeriesTheLoadReturns(int rows) throws Exception {
        BarStream s = new BarStream();
        CompletableFuture<BarSeries> read = consume(s, 2048);
        BarSeries loaded = CsvBarLoader.load(csv(rows, -1, null), LoadOptions.defaults(), null, s).series();
        assertThat(s.finished()).isTrue();
        assertThat(s.published()).isEqualTo(rows);
        BarSeries got = read.get();
        assertThat(got.time()).isEqualTo(loaded.time());
        assertThat(got.open()).isEqualTo(loaded.open());
        assertThat(got.high()).isEqualTo(loaded.high());
        assertThat(got.low()).isEqualTo(loaded.low());
        assertThat(got.close()).isEqualTo(loaded.close());
        assertThat(got.volume()).isEqualTo(loaded.volume());
    }

    @Test
    void aFailedLoadStopsTheConsumer() throws Exception {
        BarStream s = new BarStream();
        CompletableFuture<BarSeries> read = consume(s, 4096);
        Path f = csv(100_000, 99_000, "1700000000000,1,2,3,x,5\n");
        assertThatThrownBy(() -> CsvBarLoader.load(f, LoadOptions.defaults(), null, s)).isInstanceOf(DataException.class)
                .hasMessage(f + ":99002: field 'close': expected a number, got 'x'");
        assertThat(read).failsWithin(java.time.Duration.ofSeconds(30)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(CancellationException.class);
        assertThat(s.finished()).isFalse();
    }

    @Test
    void aLoadThatReadsTheFileAgainFailsTheStreamButReturnsEveryBar() throws Exception {
        BarStream s = new BarStream();
        CompletableFuture<BarSeries> read = consume(s, 4096);
        Path f = csv(50_000, 40_000, "\"1702400000000\",1,2,0.5,1,5\n");
        BarSeries loaded = CsvBarLoader.load(f, LoadOptions.defaults(), null, s).series();
        assertThat(loaded.size()).isEqualTo(50_000);
        assertThat(read).failsWithin(java.time.Duration.ofSeconds(30)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(CancellationException.class).withMessageContaining("read again");
    }

    @Test
    void anAbandonedStreamLetsTheLoadFinish() throws Exception {
        BarStream s = new BarStream();
        s.abandon();
        BarSeries loaded = CsvBarLoader.load(csv(100_000, -1, null), LoadOptions.defaults(), null, s).series();
        assertThat(loaded.size()).isEqualTo(100_000);
        assertThatThrownBy(() -> s.next(0, 10)).isInstanceOf(CancellationException.class);
    }

    @Test
    void abandoningAStreamStopsAConsumerWaitingForBarsThatNeverCome() throws Exception {
        BarStream s = new BarStream(); // no load ever feeds it
        CompletableFuture<BarSeries> read = consume(s, 4096);
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return s.await(10);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(50);
        assertThat(read).isNotDone();
        s.abandon();
        assertThat(read).failsWithin(java.time.Duration.ofSeconds(30)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(CancellationException.class);
        assertThat(waiting).failsWithin(java.time.Duration.ofSeconds(30)).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(CancellationException.class);
    }
}
