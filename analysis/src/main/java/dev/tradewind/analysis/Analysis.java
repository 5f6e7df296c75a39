package dev.tradewind.analysis;

import dev.tradewind.model.UserError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trades grouped into series (strategies, symbols or files), each with its {@link Summary} over its own span, and
 * all of them on one day grid: daily equity, daily returns, their covariance and Pearson correlation. Series are in
 * order of first appearance in the input. Immutable once built; arrays returned are not copied.
 */
public final class Analysis {
    private final AnalysisOptions options;
    private final List<String> names;
    private final List<List<TradeRow>> trades;
    private final List<Summary> summaries;
    private final DayGrid grid;
    private final double periodsPerYear;
    private final double[][] equity;
    private final double[][] returns;
    private final double[][] covariance;
    private final double[][] correlation;

    private Analysis(AnalysisOptions options, Map<String, List<TradeRow>> groups) {
        this.options = options;
        this.names = List.copyOf(groups.keySet());
        this.trades = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean weekends = false;
        for (List<TradeRow> g : groups.values()) {
            List<TradeRow> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparingLong(TradeRow::exitTime)); // stable: file order within a time
            trades.add(List.copyOf(sorted));
            for (TradeRow t : g) {
                first = Math.min(first, t.startTime());
                last = Math.max(last, t.exitTime());
                weekends |= DayGrid.isWeekend(DayGrid.day(t.exitTime(), options.zone()))
                        || DayGrid.isWeekend(DayGrid.day(t.startTime(), options.zone()));
            }
        }
        grid = DayGrid.span(options.zone(), first, last, weekends);
        periodsPerYear = options.periodsPerYear() > 0 ? options.periodsPerYear() : weekends ? 365 : 252;
        int n = names.size();
        summaries = new ArrayList<>(n);
        equity = new double[n][];
        returns = new double[n][];
        for (int i = 0; i < n; i++) {
            List<TradeRow> t = trades.get(i);
            summaries.add(new Curve(t, span(t), options.capital()).summary(periodsPerYear));
            Curve all = new Curve(t, grid, options.capital());
            equity[i] = all.equity();
            returns[i] = all.dailyReturns();
        }
        covariance = Sample.covariance(returns);
        correlation = Sample.correlation(covariance);
    }

    /** Groups {@code rows} by {@code options.by()} and analyzes them; throws {@link UserError} when there is no trade. */
    public static Analysis of(List<TradeRow> rows, AnalysisOptions options) {
        if (rows.isEmpty()) throw new UserError("no trades to analyze (every file has a header only)");
        Map<String, List<TradeRow>> groups = new LinkedHashMap<>();
        for (TradeRow t : rows) {
            String key = options.by().key(t);
            if (key.isEmpty()) {
                throw TradeCsv.bad(t.file(), t.line(), "symbol", "a symbol to group by (--by symbol)", "");
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        return new Analysis(options, groups);
    }

    private DayGrid span(List<TradeRow> t) {
        long first = Long.MAX_VALUE;
        for (TradeRow r : t) first = Math.min(first, r.startTime());
        return grid.sub(first, t.get(t.size() - 1).exitTime());
    }

    /**
     * The strategies combined with {@code weights} (one per series, each finite and at least 0); trades of a series
     * with weight 0 are left out of the trade statistics.
     */
    public Portfolio combine(double[] weights) {
        if (weights.length != names.size()) throw new IllegalArgumentException(weights.length + " weights for " + names.size() + " series");
        List<TradeRow> all = new ArrayList<>();
        double[] eq = new double[grid.size()];
        java.util.Arrays.fill(eq, options.capital());
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) throw new IllegalArgumentException("weight " + weights[i]);
            if (weights[i] == 0) continue;
            for (TradeRow t : trades.get(i)) all.add(t.scaled(weights[i]));
        }
        all.sort(Comparator.comparingLong(TradeRow::exitTime));
        if (all.isEmpty()) {
            Summary none = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, grid.date(0).toString(),
                    grid.date(grid.size() - 1).toString(), grid.size());
            return new Portfolio(weights.clone(), none, eq, new double[grid.size()]);
        }
        Curve onGrid = new Curve(all, grid, options.capital());
        return new Portfolio(weights.clone(), new Curve(all, span(all), options.capital()).summary(periodsPerYear),
                onGrid.equity(), onGrid.dailyReturns());
    }

    /** Every series with weight 1: all trades in one account. */
    public Portfolio combined() {
        double[] ones = new double[names.size()];
        java.util.Arrays.fill(ones, 1);
        return combine(ones);
    }

    public AnalysisOptions options() { return options; }

    public List<String> names() { return names; }

    public int size() { return names.size(); }

    public Summary summary(int i) { return summaries.get(i); }

    /** The trades of series {@code i}, sorted by exit time. */
    public List<TradeRow> trades(int i) { return trades.get(i); }

    /** The days of the whole analysis. */
    public DayGrid grid() { return grid; }

    public double periodsPerYear() { return periodsPerYear; }

    /** {@code equity()[i][d]}: series {@code i}'s equity at the end of grid day {@code d}. */
    public double[][] equity() { return equity; }

    /** {@code returns()[i][d]}: series {@code i}'s return on grid day {@code d} (0 on days without exits). */
    public double[][] returns() { return returns; }

    /** Sample covariance of the daily returns. */
    public double[][] covariance() { return covariance; }

    /** Pearson correlation of the daily returns; NaN where a series has zero variance. */
    public double[][] correlation() { return correlation; }
}
