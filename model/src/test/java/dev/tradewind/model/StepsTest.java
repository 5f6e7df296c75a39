package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A column kept as runs reads back exactly the values written, bar by bar and by range. */
class StepsTest {

    @Test
    void readsBackEveryValueBitForBit() {
        double[] column = {1, 1, 1, 2, 2, -0.0, 0.0, 0.0, Double.NaN, Double.NaN, 3};
        Steps s = Steps.of(column);
        assertThat(s.length()).isEqualTo(11);
        assertThat(s.runs()).isEqualTo(6); // 1 | 2 | -0.0 | 0.0 | NaN | 3: -0.0 and 0.0 differ bit for bit
        for (int i = 0; i < column.length; i++) {
            assertThat(Double.doubleToRawLongBits(s.at(i))).as("bar %d", i).isEqualTo(Double.doubleToRawLongBits(column[i]));
        }
        assertThat(s.toArray()).usingElementComparator(StepsTest::bits).containsExactly(column);
        assertThat(s.toArray(4, 5)).usingElementComparator(StepsTest::bits).containsExactly(2, -0.0, 0.0, 0.0, Double.NaN);
        assertThat(s.start(1)).isEqualTo(3);
        assertThat(s.end(1)).isEqualTo(5);
        assertThat(s.end(5)).isEqualTo(11);
        assertThat(s.last(7)).isEqualTo(3);
        assertThat(new Steps().last(7)).isEqualTo(7);
    }

    @Test
    void countsBarsNotZeroInAnyRange() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(60);
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = i > 0 && random.nextInt(4) > 0 ? column[i - 1] : random.nextInt(3) - 1;
            Steps s = new Steps(1); // grows
            int i = 0;
            while (i < n) { // written in stretches of one value, as the engine's quiet stretches are
                int j = i + 1;
                while (j < n && column[j] == column[i] && random.nextBoolean()) j++;
                s.fill(j - i, column[i]);
                i = j;
            }
            assertThat(s.toArray()).containsExactly(column);
            int from = random.nextInt(n);
            int to = from + random.nextInt(n - from + 1);
            int expected = 0;
            for (int k = from; k < to; k++) if (column[k] != 0) expected++;
            assertThat(s.nonZero(from, to)).as("%s in [%d, %d)", s, from, to).isEqualTo(expected);
            assertThat(s).isEqualTo(Steps.of(column)).hasSameHashCodeAs(Steps.of(column));
        }
    }

    @Test
    void aColumnOfThousandsOfRunsReadsBackAcrossItsChunks() {
        Random random = new Random(13);
        for (int initial : new int[] {1, 16, 1024, 1500, 3000}) {
            int n = 20_000;
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = i > 0 && random.nextInt(3) == 0 ? column[i - 1] : random.nextInt(5) - 2;
            Steps s = new Steps(initial);
            for (int i = 0; i < n; ) {
                int j = i + 1;
                while (j < n && column[j] == column[i]) j++;
                s.fill(j - i, column[i]);
                i = j;
            }
            assertThat(s.runs()).as("runs").isGreaterThan(3 * 1024);
            assertThat(s.toArray()).containsExactly(column);
            Steps.Cursor cursor = s.cursor();
            for (int k = 0; k < 2000; k++) {
                int i = random.nextInt(n);
                assertThat(s.at(i)).as("bar %d", i).isEqualTo(column[i]);
                assertThat(cursor.at(i)).as("bar %d by the cursor", i).isEqualTo(column[i]);
                int k2 = s.runAt(i);
                assertThat(s.start(k2)).isLessThanOrEqualTo(i);
                assertThat(s.end(k2)).isGreaterThan(i);
            }
            for (int k = 0; k < 200; k++) {
                int from = random.nextInt(n);
                int to = from + random.nextInt(n - from + 1);
                int expected = 0;
                for (int b = from; b < to; b++) if (column[b] != 0) expected++;
                assertThat(s.nonZero(from, to)).isEqualTo(expected);
                assertThat(cursor.nonZero(from, to)).isEqualTo(expected);
            }
            assertThat(s.toArray(5000, 7000)).containsExactly(java.util.Arrays.copyOfRange(column, 5000, 12000));
            assertThat(s.copy()).isEqualTo(s).hasSameHashCodeAs(s).isEqualTo(Steps.of(column));
            assertThat(s.max(9)).isEqualTo(2);
            s.clear();
            s.fill(3, 1);
            assertThat(s.toArray()).containsExactly(1, 1, 1);
        }
    }

    @Test
    void aCursorCountsAsTheColumnDoesWhileItGrowsIsClearedAndIsReadOutOfOrder() {
        Random random = new Random(11);
        Steps s = new Steps(1);
        Steps.Cursor cursor = s.cursor();
        for (int round = 0; round < 50; round++) {
            if (random.nextInt(5) == 0) s.clear(); // a reused curve's column, written again from bar 0
            int grow = 1 + random.nextInt(200);
            for (int i = 0; i < grow; ) {
                int run = 1 + random.nextInt(20);
                s.fill(run, random.nextInt(3) - 1);
                i += run;
            }
            int n = s.length();
            for (int q = 0; q < 20; q++) { // mostly ascending pieces, some anywhere
                int from = random.nextInt(4) == 0 ? random.nextInt(n) : Math.max(0, n - 1 - random.nextInt(Math.min(n, 30)));
                int to = from + random.nextInt(n - from + 1);
                assertThat(cursor.nonZero(from, to)).as("[%d, %d) of %s", from, to, s).isEqualTo(s.nonZero(from, to));
                assertThat(Double.doubleToRawLongBits(cursor.at(from))).isEqualTo(Double.doubleToRawLongBits(s.at(from)));
            }
        }
    }

    @Test
    void clearKeepsNothingButTheStorageAndACopyIsItsOwn() {
        Steps s = Steps.of(1, 1, 2);
        Steps copy = s.copy();
        s.clear();
        s.fill(2, 5);
        assertThat(s.toArray()).containsExactly(5, 5);
        assertThat(copy.toArray()).containsExactly(1, 1, 2);
        assertThat(s.max(0)).isEqualTo(5);
        assertThat(new Steps().max(-1)).isEqualTo(-1);
        s.fill(0, 9);
        assertThat(s.length()).isEqualTo(2);
    }

    @Test
    void outsideTheColumnIsAnError() {
        Steps s = Steps.of(1, 2);
        assertThatThrownBy(() -> s.at(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("bar 2");
        assertThatThrownBy(() -> s.at(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.toArray(1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.value(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("run 2");
        assertThatThrownBy(() -> s.fill(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int bits(Double a, Double b) {
        return Long.compare(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b));
    }
}
