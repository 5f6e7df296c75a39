package dev.tradewind.research;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.indicators.IndicatorCache;
import org.junit.jupiter.api.Test;

/** How many indicator columns a sweep keeps: half the heap less the bars, and two columns at least. */
class CacheBudgetTest {
    private static final long MB = 1L << 20;

    @Test
    void halfTheHeapLessTheBars() {
        // 10M bars under the default 6 GB heap of a 24 GB machine: 80 MB columns, 480 MB of bars: 33 columns
        long budget = StrategyRunner.cacheBudget(10_000_000, 6028 * MB);
        assertThat(budget).isEqualTo(3014 * MB - 480_000_000L);
        assertThat(budget / IndicatorCache.columnBytes(10_000_000)).isEqualTo(33);
    }

    @Test
    void twoColumnsWhenTheHeapIsSmall() {
        assertThat(StrategyRunner.cacheBudget(10_000_000, 512 * MB)).isEqualTo(2 * IndicatorCache.columnBytes(10_000_000));
    }
}
