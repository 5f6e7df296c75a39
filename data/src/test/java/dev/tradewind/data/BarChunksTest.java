package dev.tradewind.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.BarSeries;
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
}
