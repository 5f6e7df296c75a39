package dev.tradewind.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report cut and merged into fewer points ({@link ReportSample}) against the whole run's report, point by point: every
 * candle checked against the bars it merges, on a real backtest with trades, stops and indicators.
 */
class ReportSampleTest {
    static final Report FULL = ReportBuilderTest.report("donchian-breakout", Map.of("entry", "20", "exit", "10"));

    @Test
    void aRunWithinThePointsIsTheReportItself() {
        int n = FULL.bars().time().length;
        assertThat(ReportSample.of(FULL, Long.MIN_VALUE, Long.MAX_VALUE, n)).isSameAs(FULL);
        assertThat(FULL.sampling()).isEqualTo(new Report.Sampling(n, 0, n, 1));
    }

    @Test
    void everyCandleMergesItsBarsAsAHigherTimeframeWould() {
        int n = FULL.bars().time().length;
        for (int points : new int[] {7, 50, 100, n - 1}) {
            Report s = ReportSample.of(FULL, Long.MIN_VALUE, Long.MAX_VALUE, points);
            int every = (n + points - 1) / points;
            assertThat(s.sampling()).isEqualTo(new Report.Sampling(n, 0, n, every));
            checkCandles(s, 0, n, every);
            assertThat(s.trades()).hasSameSizeAs(FULL.trades());
        }
    }

    @Test
    void aWindowHoldsTheBarsOfItsTimesAndTheTradesThatOverlapThem() {
        long[] time = FULL.bars().time();
        int lo = 40;
        int hi = 160; // bars [40, 160): from the time of bar 40 to that of bar 159, both included
        Report s = ReportSample.of(FULL, time[lo], time[hi - 1], 1000);
        assertThat(s.sampling()).isEqualTo(new Report.Sampling(time.length, lo, hi, 1));
        checkCandles(s, lo, hi, 1);
        Report merged = ReportSample.of(FULL, time[lo] - 1, time[hi - 1] + 1, 30); // times between bars take none more
        assertThat(merged.sampling()).isEqualTo(new Report.Sampling(time.length, lo, hi, 4));
        checkCandles(merged, lo, hi, 4);
        long overlapping = FULL.trades().stream().filter(t -> t.exitIndex() >= lo && t.entryIndex() < hi).count();
        assertThat(overlapping).isPositive().isLessThan(FULL.trades().size());
        assertThat(merged.trades()).hasSize((int) overlapping);
        assertThat(ReportSample.of(FULL, time[hi - 1] + 1, time[hi - 1] + 2, 100).bars().time()).isEmpty();
    }

    @Test
    void onlyAWholeRunCanBeSampled() {
        Report s = ReportSample.of(FULL, Long.MIN_VALUE, Long.MAX_VALUE, 20);
        assertThatThrownBy(() -> ReportSample.of(s, Long.MIN_VALUE, Long.MAX_VALUE, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a whole run's report");
    }

    /** The same double, NaN included. */
    private static void same(double actual, double expected) {
        assertThat(Double.doubleToLongBits(actual)).as("%s for %s", actual, expected).isEqualTo(Double.doubleToLongBits(expected));
    }

    /** Each point of {@code s} against bars {@code [lo, hi)} of the whole report, {@code every} bars a point. */
    private static void checkCandles(Report s, int lo, int hi, int every) {
        Report.Candles b = FULL.bars();
        int k = (hi - lo + every - 1) / every;
        assertThat(s.bars().time()).hasSize(k);
        for (int j = 0; j < k; j++) {
            int first = lo + j * every;
            int last = Math.min(first + every, hi) - 1;
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double volume = 0;
            double deepest = 0;
            double stop = Double.NaN;
            for (int i = first; i <= last; i++) {
                high = Math.max(high, b.high()[i]);
                low = Math.min(low, b.low()[i]);
                volume += b.volume()[i];
                deepest = Math.max(deepest, FULL.account().drawdown()[i]);
                if (!Double.isNaN(FULL.levels().stop()[i])) stop = FULL.levels().stop()[i];
            }
            assertThat(s.bars().time()[j]).as("time of point %d", j).isEqualTo(b.time()[first]);
            assertThat(s.bars().open()[j]).isEqualTo(b.open()[first]);
            assertThat(s.bars().high()[j]).isEqualTo(high);
            assertThat(s.bars().low()[j]).isEqualTo(low);
            assertThat(s.bars().close()[j]).isEqualTo(b.close()[last]);
            assertThat(s.bars().volume()[j]).isEqualTo(volume);
            assertThat(s.account().equity()[j]).isEqualTo(FULL.account().equity()[last]);
            assertThat(s.account().position()[j]).isEqualTo(FULL.account().position()[last]);
            assertThat(s.account().drawdown()[j]).isEqualTo(deepest);
            same(s.levels().stop()[j], stop);
            for (int o = 0; o < FULL.indicators().size(); o++) {
                same(s.indicators().get(o).values()[j], FULL.indicators().get(o).values()[last]);
            }
        }
        for (Report.TradeView t : s.trades()) {
            Report.TradeView whole = FULL.trades().stream().filter(x -> x.id() == t.id()).findFirst().orElseThrow();
            assertThat(t.entryIndex()).isEqualTo((Math.clamp(whole.entryIndex(), lo, hi - 1) - lo) / every);
            assertThat(t.exitIndex()).isEqualTo((Math.clamp(whole.exitIndex(), lo, hi - 1) - lo) / every);
            assertThat(t.entryTime()).isEqualTo(whole.entryTime());
            assertThat(t.netPnl()).isEqualTo(whole.netPnl());
        }
    }
}
