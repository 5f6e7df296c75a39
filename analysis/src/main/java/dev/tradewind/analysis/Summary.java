package dev.tradewind.analysis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Statistics of one set of trades and its trade-based equity curve (see {@code analysis/README.md} for the
 * definitions). All values are finite; an undefined ratio is 0, as in {@code dev.tradewind.metrics.Statistics}.
 * Fractions are fractions (0.25 = 25%).
 *
 * @param trades              number of trades
 * @param pctWinners          share of trades with PnL above 0
 * @param expectancy          mean PnL per trade
 * @param avgWin              mean PnL of winners (positive)
 * @param avgLoss             mean PnL of losers (negative)
 * @param payoffRatio         {@code avgWin / -avgLoss}; 0 without winners or without losers
 * @param profitFactor        gross profit / gross loss; 0 without losers
 * @param longestLosingStreak most consecutive trades with PnL below 0, in exit order
 * @param netProfit           sum of PnL
 * @param totalReturn         {@code netProfit / capital}
 * @param cagr                compound annual growth from the first day's start to the last day's end
 * @param maxDrawdown         largest decline of daily equity from a previous peak (the capital is the first peak), a
 *                            fraction of the peak
 * @param maxDrawdownDuration longest time below a previous peak, days
 * @param volatility          sample standard deviation of daily returns times {@code sqrt(periodsPerYear)}
 * @param sharpe              annualized mean / sample standard deviation of daily returns
 * @param sortino             annualized mean / root mean square of the negative daily returns
 * @param pctMonthsProfitable share of calendar months whose end equity is above the previous month's end
 * @param pctWeeksProfitable  the same for ISO weeks
 * @param first               first day of the curve, ISO date
 * @param last                last day of the curve, ISO date
 * @param days                number of days in the curve
 */
public record Summary(int trades, double pctWinners, double expectancy, double avgWin, double avgLoss,
        double payoffRatio, double profitFactor, int longestLosingStreak, double netProfit, double totalReturn,
        double cagr, double maxDrawdown, double maxDrawdownDuration, double volatility, double sharpe, double sortino,
        double pctMonthsProfitable, double pctWeeksProfitable, String first, String last, int days) {

    /** Metrics where lower is better: a binary weighting keeps a strategy when the metric is below the threshold. */
    public static final Set<String> LOWER_IS_BETTER =
            Set.of("max_drawdown", "max_drawdown_duration", "volatility", "longest_losing_streak");

    /** The components under their snake_case JSON names, in declaration order. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("trades", trades);
        m.put("pct_winners", pctWinners);
        m.put("expectancy", expectancy);
        m.put("avg_win", avgWin);
        m.put("avg_loss", avgLoss);
        m.put("payoff_ratio", payoffRatio);
        m.put("profit_factor", profitFactor);
        m.put("longest_losing_streak", longestLosingStreak);
        m.put("net_profit", netProfit);
        m.put("total_return", totalReturn);
        m.put("cagr", cagr);
        m.put("max_drawdown", maxDrawdown);
        m.put("max_drawdown_duration", maxDrawdownDuration);
        m.put("volatility", volatility);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("pct_months_profitable", pctMonthsProfitable);
        m.put("pct_weeks_profitable", pctWeeksProfitable);
        m.put("first", first);
        m.put("last", last);
        m.put("days", days);
        return m;
    }

    /** The numeric metrics a binary weighting can select on. */
    public static Set<String> metricNames() {
        LinkedHashMap<String, Object> m = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "", "", 0).toMap();
        m.values().removeIf(v -> !(v instanceof Number));
        return m.keySet();
    }

    /** The value of a metric by its JSON name; throws {@link IllegalArgumentException} for an unknown name. */
    public double metric(String name) {
        Object v = toMap().get(name.toLowerCase(Locale.ROOT).replace('-', '_'));
        if (!(v instanceof Number n)) throw new IllegalArgumentException("unknown metric: " + name);
        return n.doubleValue();
    }
}
