package dev.tradewind.metrics;

import java.util.LinkedHashMap;

/**
 * Summary statistics of one run, all finite: a ratio with a zero denominator is 0 and an overflow is clamped
 * to {@code ±Double.MAX_VALUE}. Fractions are not percentages ({@code 0.05} is 5%). Money is in the account
 * currency.
 *
 * @param finalEquity          equity at the last bar (starting cash if there are no bars)
 * @param cash                 cash at the end of the run
 * @param netProfit            {@code finalEquity - startingCash}
 * @param totalReturn          {@code finalEquity / startingCash - 1}
 * @param cagr                 {@code (finalEquity / startingCash)^(1 / years) - 1}, years of 365.25 days from the
 *                             first to the last bar time; 0 if that span is 0; -1 if final equity is not positive
 * @param maxDrawdown          largest peak-to-trough decline of the bar equity curve, a positive fraction of the peak
 * @param maxDrawdownDuration  longest time below a previous peak, in days, from the peak bar to the recovering bar
 *                             (or the last bar if never recovered)
 * @param sharpe               {@code mean / sampleStdev * sqrt(periodsPerYear)} of daily returns, risk-free 0;
 *                             0 if fewer than 2 days or zero deviation
 * @param sortino              {@code mean / sqrt(mean(min(r, 0)^2)) * sqrt(periodsPerYear)} of daily returns; 0 if no
 *                             day lost
 * @param calmar               {@code cagr / maxDrawdown}; 0 if there is no drawdown
 * @param trades               number of closed trades
 * @param winRate              share of trades with {@code netPnl > 0}; 0 without trades
 * @param profitFactor         sum of positive {@code netPnl} / |sum of negative {@code netPnl}|; 0 without trades,
 *                             and also 0 (undefined) when no trade lost
 * @param expectancy           mean {@code netPnl} per trade; 0 without trades
 * @param avgWin               mean {@code netPnl} of winning trades (positive); 0 without winners
 * @param avgLoss              mean {@code netPnl} of losing trades (negative); 0 without losers
 * @param pctMonthsProfitable  share of calendar months with bars whose end equity is above the previous such month's
 *                             end (the first month: above starting cash); 0 without bars
 * @param pctWeeksProfitable   the same for ISO weeks (Monday to Sunday)
 * @param exposure             share of bars with an open position; 0 without bars
 * @param sqn                  Van Tharp's system quality number {@code sqrt(trades) * mean(netPnl) / stdev(netPnl)}, the
 *                             sample deviation (divisor n - 1) by default or the population one (divisor n, backtrader)
 *                             as {@link StatisticsOptions#sqnDeviation()} says; 0 with fewer than 2 trades or zero deviation
 */
public record Statistics(double finalEquity, double cash, double netProfit, double totalReturn, double cagr,
        double maxDrawdown, double maxDrawdownDuration, double sharpe, double sortino, double calmar, int trades,
        double winRate, double profitFactor, double expectancy, double avgWin, double avgLoss,
        double pctMonthsProfitable, double pctWeeksProfitable, double exposure, double sqn) {

    /** The components under their snake_case JSON names, in declaration order: a new, mutable map. */
    public LinkedHashMap<String, Object> toMap() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("final_equity", finalEquity);
        m.put("cash", cash);
        m.put("net_profit", netProfit);
        m.put("total_return", totalReturn);
        m.put("cagr", cagr);
        m.put("max_drawdown", maxDrawdown);
        m.put("max_drawdown_duration", maxDrawdownDuration);
        m.put("sharpe", sharpe);
        m.put("sortino", sortino);
        m.put("calmar", calmar);
        m.put("trades", trades);
        m.put("win_rate", winRate);
        m.put("profit_factor", profitFactor);
        m.put("expectancy", expectancy);
        m.put("avg_win", avgWin);
        m.put("avg_loss", avgLoss);
        m.put("pct_months_profitable", pctMonthsProfitable);
        m.put("pct_weeks_profitable", pctWeeksProfitable);
        m.put("exposure", exposure);
        m.put("sqn", sqn);
        return m;
    }
}
