package dev.tradewind.web;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.HigherTimeframe;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.indicators.IndicatorSpec;
import dev.tradewind.indicators.Indicators;
import dev.tradewind.metrics.Drawdowns;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.Side;
import dev.tradewind.model.Times;
import dev.tradewind.model.Trade;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.Backtester;
import dev.tradewind.runner.Resampling;
import dev.tradewind.strategy.Strategy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the {@link Report} of a finished run from its outcome and the bars it saw. Stateless. */
public final class ReportBuilder {
    private static final int LOG_LINES = 500;

    private ReportBuilder() {}

    /**
     * @param runId        the server's run id, or null
     * @param strategyId   the strategy's id as the UI names it
     * @param strategyType the class that ran, asked for its indicators; null shows none
     * @param dataId       the data set's id as the UI names it
     * @param request      the API request, or null
     */
    public static Report build(String runId, Backtester.Outcome o, BarSeries bars, String strategyId,
            Class<? extends Strategy> strategyType, String dataId, Object request) {
        return build(runId, RunData.of(o), bars, strategyId, strategyType, dataId, request);
    }

    static Report build(String runId, RunData r, BarSeries bars, String strategyId, Class<? extends Strategy> strategyType,
            String dataId, Object request) {
        int n = r.bars();
        long[] seconds = new long[n];
        for (int i = 0; i < n; i++) seconds[i] = Math.floorDiv(r.time()[i], Times.NANOS_PER_SECOND);

        String name = strategyType != null ? strategyType.getSimpleName()
                : strategyId.endsWith(".java") ? strategyId.substring(0, strategyId.length() - 5) : strategyId;
        Report.Header header = new Report.Header(strategyId, name, dataId, r.config().symbol(), timeframe(bars),
                r.dataSummary(), r.config().params(), n == 0 ? null : Times.format(r.time()[0]),
                n == 0 ? null : Times.format(r.time()[n - 1]), r.warmup(), Instant.now().toString());
        Report.Candles candles = new Report.Candles(seconds, bars.open(), bars.high(), bars.low(), bars.close(), bars.volume());
        Report.Account account = new Report.Account(r.equity(), Drawdowns.series(r.equity(), n), r.position(), r.config().cash());
        List<Report.Overlay> overlays = strategyType == null ? List.of()
                : overlays(IndicatorProbe.requests(strategyType, r.config().params()), bars, ZoneId.of(r.config().zone()));
        return new Report(runId, header, new LinkedHashMap<>(r.results()), r.config(), candles, account,
                trades(r.trades(), r.time(), r.config().instrument().multiplier()), levels(r), overlays, log(r.log()), request,
                Report.Sampling.whole(n));
    }

    private static String timeframe(BarSeries bars) {
        if (bars.size() < 2) return null;
        try {
            return Timeframe.detect(bars).toString();
        } catch (DataException e) {
            return null;
        }
    }

    static List<Report.TradeView> trades(List<Trade> trades, long[] time, double multiplier) {
        List<Report.TradeView> out = new ArrayList<>(trades.size());
        for (Trade t : trades) {
            double value = Math.abs(t.entryPrice() * t.quantity() * multiplier);
            out.add(new Report.TradeView(t.id(), t.side() == Side.BUY ? "long" : "short", t.quantity(),
                    Math.floorDiv(t.entryTime(), Times.NANOS_PER_SECOND), t.entryPrice(), indexAtOrAfter(time, t.entryTime()),
                    Math.floorDiv(t.exitTime(), Times.NANOS_PER_SECOND), t.exitPrice(), indexAtOrAfter(time, t.exitTime()),
                    t.grossPnl(), t.costs(), t.netPnl(), value > 0 ? t.netPnl() / value * 100 : Double.NaN, t.mae(), t.mfe(),
                    t.barsHeld(), Math.floorDiv(t.exitTime() - t.entryTime(), Times.NANOS_PER_SECOND)));
        }
        return out;
    }

    /**
     * Per bar, the prices of the orders working during that bar: an order sent while bar k closed works from bar
     * k+1 through the bar of its last status change. On each such bar an order that would reduce the position held
     * (at the bar's open, else at its close when the position opened in that bar) is its stop (stop price) or target
     * (limit price); otherwise it is a pending entry.
     */
    static Report.Levels levels(RunData r) {
        int n = r.bars();
        double[] stop = nan(n);
        double[] target = nan(n);
        double[] entry = nan(n);
        long[] time = r.time();
        double[] position = r.position();
        Map<Long, Long> filledAt = filledAt(r);
        for (OrderRecord rec : r.orders()) {
            if (rec.status() == OrderStatus.REJECTED) continue;
            Order order = rec.order();
            double stopPx = order.stopPrice();
            double limitPx = order.limitPrice();
            if (!Double.isFinite(stopPx) && !Double.isFinite(limitPx)) continue;
            int sent = indexAtOrAfter(time, order.time());
            if (sent >= n) continue;
            int last = rec.status().isTerminal() ? Math.min(indexAtOrAfter(time, rec.updated()), n - 1) : n - 1;
            Long done = filledAt.get(order.id());
            if (done != null) last = Math.min(last, indexAtOrAfter(time, done));
            int side = order.side().sign();
            for (int i = sent + 1; i <= last; i++) {
                double held = position[i - 1] != 0 ? position[i - 1] : position[i];
                boolean protective = held != 0 && Math.signum(held) != side;
                if (protective && Double.isFinite(stopPx)) stop[i] = stopPx;
                else if (protective) target[i] = limitPx;
                else entry[i] = Double.isFinite(stopPx) ? stopPx : limitPx;
            }
        }
        return new Report.Levels(stop, target, entry);
    }

    /** For each order whose fills add up to its quantity, the time of the fill that completed it. */
    private static Map<Long, Long> filledAt(RunData r) {
        Map<Long, Double> quantity = new HashMap<>();
        for (OrderRecord rec : r.orders()) quantity.put(rec.order().id(), rec.order().quantity());
        Map<Long, Double> filled = new HashMap<>();
        Map<Long, Long> out = new HashMap<>();
        for (Fill f : r.fills()) {
            double total = filled.merge(f.orderId(), f.quantity(), Double::sum);
            Double wanted = quantity.get(f.orderId());
            if (wanted != null && total >= wanted * (1 - 1e-9) && !out.containsKey(f.orderId())) out.put(f.orderId(), f.time());
        }
        return out;
    }

    /**
     * The lines to draw for the indicators a strategy asked for: each spec and, before it, the indicators nested in it
     * ({@code crossover(sma(close,10),sma(close,30))} shows both averages), each once. Price sources and 0/1 signal
     * lines (crossovers) are left out: the candles and the trade markers already show them.
     */
    static List<Report.Overlay> overlays(List<IndicatorProbe.Request> requests, BarSeries bars, ZoneId zone) {
        List<Report.Overlay> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (IndicatorProbe.Request q : requests) {
            List<String> specs = new ArrayList<>();
            try {
                expand(IndicatorSpec.parse(q.spec()), specs);
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (String spec : specs) {
                if (!seen.add(spec + "@" + q.timeframe())) continue;
                double[] values;
                try {
                    values = q.timeframe() == null ? compute(spec, bars) : higher(spec, q.timeframe(), bars, zone);
                } catch (IllegalArgumentException | UserError e) {
                    continue;
                }
                if (isSignal(values)) continue;
                out.add(new Report.Overlay(spec, q.timeframe(), inPriceRange(values, bars) ? "price" : "own", values));
            }
        }
        return out;
    }

    private static void expand(IndicatorSpec spec, List<String> out) {
        if (spec.isSource()) return;
        for (IndicatorSpec input : spec.inputs()) expand(input, out);
        if (!out.contains(spec.canonical())) out.add(spec.canonical());
    }

    /** Whether every value is 0, 1 or missing: an event line, not a level. */
    static boolean isSignal(double[] values) {
        for (double v : values) if (Double.isFinite(v) && v != 0 && v != 1) return false;
        return true;
    }

    private static double[] compute(String spec, BarSeries b) {
        return Indicators.compute(spec, b.time(), b.open(), b.high(), b.low(), b.close(), b.volume());
    }

    private static double[] higher(String spec, String timeframe, BarSeries bars, ZoneId zone) {
        HigherTimeframe h = new Resampling(bars, zone).resample(timeframe);
        double[] hv = compute(spec, h.bars());
        double[] out = new double[bars.size()];
        for (int i = 0; i < out.length; i++) {
            int closed = h.closedAfter()[i];
            out[i] = closed > 0 ? hv[closed - 1] : Double.NaN;
        }
        return out;
    }

    /** Whether every value lies within the bars' price range widened by a tenth of it on each side. */
    static boolean inPriceRange(double[] values, BarSeries bars) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bars.size(); i++) {
            lo = Math.min(lo, bars.low()[i]);
            hi = Math.max(hi, bars.high()[i]);
        }
        double pad = (hi - lo) * 0.1;
        boolean any = false;
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            if (v < lo - pad || v > hi + pad) return false;
            any = true;
        }
        return any;
    }

    private static List<String> log(List<LogLine> log) {
        List<String> out = new ArrayList<>();
        for (LogLine l : log) {
            if (out.size() == LOG_LINES) {
                out.add("... " + (log.size() - LOG_LINES) + " more lines");
                break;
            }
            out.add(Times.format(l.time()) + " " + l.level() + " " + l.message());
        }
        return out;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** The first index whose time is at or after {@code t} (times.length if none). */
    static int indexAtOrAfter(long[] times, long t) {
        int i = Arrays.binarySearch(times, t);
        return i >= 0 ? i : -i - 1;
    }
}
