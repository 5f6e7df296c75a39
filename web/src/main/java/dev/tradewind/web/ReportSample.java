package dev.tradewind.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A report cut to a window of its bars and drawn with at most a given number of points: a run of 1M bars made a
 * report of 198 MB that a browser never finished drawing. Consecutive bars are merged into candles of {@code every}
 * bars, as a higher timeframe merges them: the first open, the highest high, the lowest low, the last close, the
 * summed volume. Equity, position and the indicators take the value at a candle's last bar (its close), the drawdown
 * the deepest of the candle's bars, and a stop, target or entry level the last one that worked in it. Trades keep
 * their times and prices; their bar indexes become the indexes of the candles that hold those bars. Stateless.
 */
public final class ReportSample {
    /**
     * Points a report is drawn with unless asked otherwise: the chart stays responsive at this size, and a month of
     * 1-minute bars (the demo's 44,640) is still drawn bar by bar.
     */
    public static final int DEFAULT_POINTS = 50_000;
    /** The fewest points a caller may ask for. */
    public static final int MIN_POINTS = 100;
    /** The most points a caller may ask for. */
    public static final int MAX_POINTS = 1_000_000;

    private ReportSample() {}

    /** The whole run in at most {@link #DEFAULT_POINTS} points. */
    public static Report overview(Report full) { return of(full, Long.MIN_VALUE, Long.MAX_VALUE, DEFAULT_POINTS); }

    /**
     * The bars of {@code full} whose times (epoch seconds) lie in {@code [from, to]}, in at most {@code points} points.
     * {@code full} must be a whole run's report (its sampling covering every bar once).
     */
    public static Report of(Report full, long from, long to, int points) {
        if (points < 1) throw new IllegalArgumentException("points must be positive: " + points);
        Report.Sampling whole = full.sampling();
        if (whole.every() != 1 || whole.from() != 0 || whole.to() != whole.bars()) {
            throw new IllegalArgumentException("not a whole run's report: " + whole);
        }
        long[] time = full.bars().time();
        int n = time.length;
        int lo = ReportBuilder.indexAtOrAfter(time, from);
        int hi = from > to ? lo : Math.max(lo, ReportBuilder.indexAtOrAfter(time, to == Long.MAX_VALUE ? to : to + 1));
        int every = Math.max(1, (int) ((hi - lo + (long) points - 1) / points));
        if (lo == 0 && hi == n && every == 1) return full;
        int k = (hi - lo + every - 1) / every;
        Report.Candles b = full.bars();
        Report.Candles candles = new Report.Candles(new long[k], new double[k], new double[k], new double[k], new double[k],
                new double[k]);
        Report.Account a = full.account();
        Report.Account account = new Report.Account(new double[k], new double[k], new double[k], a.startingCash());
        Report.Levels l = full.levels();
        Report.Levels levels = new Report.Levels(new double[k], new double[k], new double[k]);
        for (int j = 0; j < k; j++) {
            int first = lo + j * every;
            int last = Math.min(first + every, hi) - 1;
            candles.time()[j] = time[first];
            candles.open()[j] = b.open()[first];
            candles.close()[j] = b.close()[last];
            double high = b.high()[first];
            double low = b.low()[first];
            double volume = 0;
            double deepest = a.drawdown()[first];
            for (int i = first; i <= last; i++) {
                high = Math.max(high, b.high()[i]);
                low = Math.min(low, b.low()[i]);
                volume += b.volume()[i];
                deepest = Math.max(deepest, a.drawdown()[i]);
            }
            candles.high()[j] = high;
            candles.low()[j] = low;
            candles.volume()[j] = volume;
            account.equity()[j] = a.equity()[last];
            account.drawdown()[j] = deepest;
            account.position()[j] = a.position()[last];
            levels.stop()[j] = lastNumber(l.stop(), first, last);
            levels.target()[j] = lastNumber(l.target(), first, last);
            levels.entry()[j] = lastNumber(l.entry(), first, last);
        }
        List<Report.Overlay> overlays = new ArrayList<>();
        for (Report.Overlay o : full.indicators()) {
            double[] values = new double[k];
            for (int j = 0; j < k; j++) values[j] = o.values()[Math.min(lo + (j + 1) * every, hi) - 1];
            overlays.add(new Report.Overlay(o.spec(), o.timeframe(), o.pane(), values));
        }
        List<Report.TradeView> trades = new ArrayList<>();
        for (Report.TradeView t : full.trades()) {
            if (t.exitIndex() < lo || t.entryIndex() >= hi || k == 0) continue; // wholly outside the window
            trades.add(new Report.TradeView(t.id(), t.side(), t.quantity(), t.entryTime(), t.entryPrice(),
                    candle(t.entryIndex(), lo, hi, every), t.exitTime(), t.exitPrice(), candle(t.exitIndex(), lo, hi, every),
                    t.grossPnl(), t.costs(), t.netPnl(), t.returnPct(), t.mae(), t.mfe(), t.barsHeld(), t.durationSeconds()));
        }
        return new Report(full.runId(), full.run(), full.stats(), full.config(), candles, account, trades, levels, overlays,
                full.log(), full.request(), new Report.Sampling(n, lo, hi, every));
    }

    /** The candle holding bar {@code i}, a bar before or after the window counting as its first or last. */
    private static int candle(int i, int lo, int hi, int every) {
        return (Math.min(Math.max(i, lo), hi - 1) - lo) / every;
    }

    /** The last value in {@code x[first..last]} that is not NaN; NaN if none. */
    private static double lastNumber(double[] x, int first, int last) {
        for (int i = last; i >= first; i--) if (!Double.isNaN(x[i])) return x[i];
        return Double.NaN;
    }
}
