package dev.tradewind.analysis;

import dev.tradewind.metrics.DailyReturns;
import dev.tradewind.metrics.RunInput;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.metrics.StatisticsCalculator;
import dev.tradewind.metrics.StatisticsOptions;
import dev.tradewind.model.Side;
import dev.tradewind.model.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * The trade-based equity curve of a set of trades on a day grid: {@code capital} plus the PnL of every trade that
 * exited by the end of the day, as {@link RunInput} for {@link StatisticsCalculator}: one point at the start of the
 * first day holding the capital (so the capital is the first peak of the drawdown), then one point at the end of
 * each day.
 */
final class Curve {
    private final DayGrid grid;
    private final double capital;
    private final double[] equity;
    private final List<TradeRow> trades;

    /** {@code trades} sorted by exit time; every exit falls on a day of {@code grid}. */
    Curve(List<TradeRow> trades, DayGrid grid, double capital) {
        this.grid = grid;
        this.capital = capital;
        this.trades = trades;
        double[] pnl = new double[grid.size()];
        for (TradeRow t : trades) {
            int d = grid.indexOf(t.exitTime());
            if (d >= grid.size() || grid.day(d) != DayGrid.day(t.exitTime(), grid.zone())) {
                throw new IllegalArgumentException("exit " + t.exitTime() + " is not on a day of the grid");
            }
            pnl[d] += t.pnl();
        }
        equity = new double[grid.size()];
        double e = capital;
        for (int d = 0; d < pnl.length; d++) {
            e += pnl[d];
            equity[d] = e;
        }
    }

    /** Equity at the end of each grid day; not copied. */
    double[] equity() { return equity; }

    RunInput runInput() {
        int n = grid.size();
        long[] time = new long[n + 1];
        double[] eq = new double[n + 1];
        time[0] = grid.start(0);
        eq[0] = capital;
        for (int d = 0; d < n; d++) {
            time[d + 1] = grid.end(d);
            eq[d + 1] = equity[d];
        }
        List<Trade> list = new ArrayList<>(trades.size());
        for (TradeRow t : trades) {
            list.add(new Trade(list.size() + 1, t.symbol(), Side.BUY, 0, t.startTime(), 0, t.exitTime(), 0, t.pnl(), 0,
                    t.pnl(), 0, 0, 0));
        }
        return new RunInput(time, eq, new boolean[n + 1], list, capital, eq[n]);
    }

    /** The daily returns: {@code equity[d] / equity[d - 1] - 1}, the first against the capital. */
    double[] dailyReturns() { return DailyReturns.of(runInput(), grid.zone()).returns(); }

    Summary summary(double periodsPerYear) {
        RunInput run = runInput();
        Statistics s = StatisticsCalculator.compute(run, new StatisticsOptions(grid.zone(), periodsPerYear));
        double[] r = DailyReturns.of(run, grid.zone()).returns();
        double payoff = s.avgWin() > 0 && s.avgLoss() < 0 ? s.avgWin() / -s.avgLoss() : 0;
        return new Summary(s.trades(), s.winRate(), s.expectancy(), s.avgWin(), s.avgLoss(), payoff, s.profitFactor(),
                longestLosingStreak(trades), s.netProfit(), s.totalReturn(), s.cagr(), s.maxDrawdown(),
                s.maxDrawdownDuration(), Sample.stdev(r) * Math.sqrt(periodsPerYear), s.sharpe(), s.sortino(),
                s.pctMonthsProfitable(), s.pctWeeksProfitable(), grid.date(0).toString(),
                grid.date(grid.size() - 1).toString(), grid.size());
    }

    static int longestLosingStreak(List<TradeRow> trades) {
        int longest = 0;
        int run = 0;
        for (TradeRow t : trades) {
            run = t.pnl() < 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
