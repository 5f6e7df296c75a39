package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarChunksTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 - 1, 3 * 65_536, 3 * 65_536 + 1, 200_000, 1_000_003})
    void joinsEveryBarInOrderAcrossChunkBoundaries(int n) {
        BarChunks c = new BarChunks();
        for (int i = 0; i < n; i++) c.add(i * 60L, i + 0.1, i + 0.2, i + 0.3, i + 0.4, i + 0.5);
        assertThat(c.size()).isEqualTo(n);
        BarSeries s = c.toSeries("X");
        assertThat(s.size()).isEqualTo(n);
        assertThat(s.time()).hasSize(n);
        assertThat(s.volume()).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(s.time()[i]).isEqualTo(i * 60L);
            assertThat(s.open()[i]).isEqualTo(i + 0.1);
            assertThat(s.high()[i]).isEqualTo(i + 0.2);
            assertThat(s.low()[i]).isEqualTo(i + 0.3);
            assertThat(s.close()[i]).isEqualTo(i + 0.4);
            assertThat(s.volume()[i]).isEqualTo(i + 0.5);
        }
        assertThat(c.size()).isZero();
        c.add(1, 2, 3, 1, 2, 5);
        assertThat(c.toSeries("X").close()).containsExactly(2.0);
    }

    @org.junit.jupiter.api.Test
    void chunksGrowWithTheBarsStoredWithinTheirBounds() {
        assertThat(BarChunks.chunkAfter(0)).isEqualTo(BarChunks.MIN_CHUNK);
        assertThat(BarChunks.chunkAfter(3 * BarChunks.MIN_CHUNK)).isEqualTo(3 * BarChunks.MIN_CHUNK / 2);
        assertThat(BarChunks.chunkAfter(10_000_000)).isEqualTo(BarChunks.MAX_CHUNK);
        // 10M bars in 13 chunks, the largest 32 MB a column: arrays the collectors keep out of the young generation
        int chunks = 0;
        for (long stored = 0; stored < 10_000_000; stored += BarChunks.chunkAfter((int) stored)) chunks++;
        assertThat(chunks).isLessThanOrEqualTo(13);
    }

    /**
     * Bars moved into counted columns at a chunk's start give the same series and the same stream, whether the count
     * comes early or late, is exact, over (empty lines, skipped rows) or under (a file that grew while read).
     */
    @Property(tries = 60)
    void countedColumnsHoldTheSameBars(@ForAll @IntRange(min = 0, max = 400_000) int n,
            @ForAll @IntRange(min = 0, max = 400_000) int knownAt, @ForAll @IntRange(min = -3, max = 3) int off)
            throws Exception {
        int[] size = {0};
        long most = Math.max(0, n + off);
        BarStream stream = new BarStream();
        CompletableFuture<BarSeries> read = BarStreamTest.consume(stream, 5000);
        BarChunks c = new BarChunks(stream, stored -> size[0] < knownAt ? null
                : most > stored ? BarChunks.Target.of((int) most) : BarChunks.NONE);
        for (int i = 0; i < n; i++) {
            c.add(i * 60L, i + 0.1, i + 0.2, i + 0.3, i + 0.4, i + 0.5);
            size[0] = i + 1;
        }
        BarSeries s = c.toSeries("X");
        stream.finish(n);
        BarSeries streamed = read.get();
        assertThat(s.size()).isEqualTo(n);
        for (BarSeries x : new BarSeries[] {s, streamed}) {
            assertThat(x.time()).hasSize(n);
            for (int i = 0; i < n; i++) {
                assertThat(x.time()[i]).isEqualTo(i * 60L);
                assertThat(x.open()[i]).isEqualTo(i + 0.1);
                assertThat(x.volume()[i]).isEqualTo(i + 0.5);
            }
        }
    }
}
