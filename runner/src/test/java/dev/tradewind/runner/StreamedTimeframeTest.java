package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Series;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Higher timeframes in a run fed one bar at a time (paper, live) are aggregated as the bars come and close when their
 * period ends: a strategy on hourly and 15-minute bars and an hourly indicator sees, at every base bar, exactly what
 * the backtest's resampling shows it, starts trading at the same bar (its warm-up counted in closed hours), and gives
 * the same orders, across a 90-minute hole in the data and in a zone with a half-hour offset. The one difference is
 * at the data's last bar: a backtest closes the partial last period with the data, a stream cannot know the data ends.
 */
class StreamedTimeframeTest {

    /** Buys when the hourly 3-period average is above the 8-period one, sells below; writes down what it saw. */
    static final class HourTrend implements Strategy {
        final List<String> seen = new ArrayList<>();
        Bars hours;
        Bars quarters;
        Series fast;
        Series slow;

        @Override public void onStart(Context ctx) {
            hours = ctx.bars("1h");
            quarters = ctx.bars("15m");
            fast = ctx.indicator("sma(close, 3)", "1h");
            slow = ctx.indicator("sma(close, 8)", "1h");
        }

        @Override public void onBar(Context ctx) {
            int n = hours.size();
            int q = quarters.size();
            seen.add(ctx.time() + " h" + n + "@" + hours.time()[n - 1] + " " + hours.high()[n - 1] + "/" + hours.low()[n - 1] + "/"
                    + hours.close()[n - 1] + "/" + hours.volume()[n - 1] + " q" + q + "@" + quarters.time()[q - 1] + " " + fast.get()
                    + " " + slow.get());
            double held = ctx.position().quantity();
            if (fast.get() > slow.get() && held <= 0) ctx.buy(100 - held);
            else if (fast.get() < slow.get() && held >= 0) ctx.sell(100 + held);
        }
    }

    @Test
    void aStreamedRunSeesTheBacktestsHigherBarsAtEveryBarAndTradesTheSame() throws Exception {
        check(ZoneOffset.UTC, true);
    }

    @Test
    void theSameInAZoneWithAHalfHourOffset() throws Exception {
        check(ZoneId.of("Asia/Kolkata"), false);
    }

    private static void check(ZoneId zone, boolean endsOnTheHour) throws Exception {
        BarSeries month = CsvBarLoader.load(Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz")).series();
        BarSeries bars = withHole(month, 4 * 1440, 3000, 3090);
        EngineConfig config = EngineConfig.of(Instrument.spot("FILUSDT"), 10_000).withZone(zone);

        HourTrend replayed = new HourTrend();
        BacktestResult backtest = new Engine(config).backtest(replayed, Map.of(), bars, new Resampling(bars, zone));

        HourTrend streamed = new HourTrend();
        EventLoop loop = new Engine(config).withStreamedTimeframes(Resampling.streamed(zone)).paper(streamed, Map.of(), Clock.SYSTEM, 0);
        Thread feed = new Thread(() -> {
            for (int i = 0; i < bars.size(); i++) {
                long t = bars.time()[i];
                loop.offer(new Inbound.BarClosed(t, t + 60_000_000_000L, bars.open()[i], bars.high()[i], bars.low()[i],
                        bars.close()[i], bars.volume()[i], System.nanoTime()));
            }
            loop.offer(new Inbound.Stop(bars.time()[bars.size() - 1] + 60_000_000_000L, System.nanoTime()));
        }, "market-data");
        feed.start();
        BacktestResult paper = loop.run();
        feed.join();

        assertThat(replayed.seen).hasSizeGreaterThan(5000);
        assertThat(backtest.trades()).hasSizeGreaterThan(10);
        int last = replayed.seen.size() - 1;
        assertThat(streamed.seen).hasSize(last + 1);
        assertThat(streamed.seen.subList(0, last)).isEqualTo(replayed.seen.subList(0, last));
        assertThat(paper.warmup()).isEqualTo(backtest.warmup());
        if (endsOnTheHour) {
            assertThat(streamed.seen.get(last)).isEqualTo(replayed.seen.get(last));
            assertThat(paper.ordersHash()).isEqualTo(backtest.ordersHash());
        } else { // a backtest knows its last bar: the partial hour closes with the data; a stream's hour is still forming
            assertThat(replayed.seen.get(last)).contains(" h96@");
            assertThat(streamed.seen.get(last)).contains(" h95@");
            long lastBar = bars.time()[bars.size() - 1];
            assertThat(before(paper, lastBar)).isEqualTo(before(backtest, lastBar)).hasSizeGreaterThan(10);
        }
    }

    @Test
    void aPaperRunAsksForEnoughHistoryToWarmItsHourlyIndicators() throws Exception {
        HourTrend probe = new HourTrend();
        EventLoop loop = new Engine(EngineConfig.of(Instrument.spot("FILUSDT"), 10_000))
                .withStreamedTimeframes(Resampling.streamed(ZoneOffset.UTC)).paper(probe, Map.of(), () -> 0, 0);
        loop.offer(new Inbound.Stop(0, 0));
        loop.run();
        // sma(close, 8) on hours: 8 closed hours, plus the partial first hour, of 60 one-minute bars each
        assertThat(loop.warmupBars(60_000_000_000L)).isEqualTo(9 * 60);
    }

    /** The orders placed before {@code time}, with what became of them. */
    private static List<dev.tradewind.model.OrderRecord> before(BacktestResult r, long time) {
        return r.orders().stream().filter(o -> o.order().time() < time).toList();
    }

    /** The first {@code n} bars without those in {@code [from, to)}. */
    private static BarSeries withHole(BarSeries s, int n, int from, int to) {
        int m = n - (to - from);
        long[] t = new long[m];
        double[] o = new double[m], h = new double[m], l = new double[m], c = new double[m], v = new double[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (i >= from && i < to) continue;
            t[k] = s.time()[i];
            o[k] = s.open()[i];
            h[k] = s.high()[i];
            l[k] = s.low()[i];
            c[k] = s.close()[i];
            v[k] = s.volume()[i];
            k++;
        }
        assertThat(Arrays.copyOf(t, k)).hasSize(m);
        return new BarSeries(s.symbol(), t, o, h, l, c, v);
    }
}
