package dev.tradewind.metrics;

import dev.tradewind.model.Trade;
import java.util.List;

/**
 * What the statistics of one run are computed from. Arrays are not copied and only their first {@code n}
 * elements are read, so the engine can pass its preallocated columns. Equality is by array identity.
 *
 * @param time         bar times, epoch nanoseconds, strictly increasing over the first {@code n}
 * @param equity       equity marked to market at each bar close; finite
 * @param inPosition   whether a position was open at each bar
 * @param n            number of bars used, {@code 0 <= n <= } every array's length
 * @param trades       closed round trips, in closing order, each with a finite {@code netPnl}
 * @param startingCash cash at the start of the run; positive
 * @param finalCash    cash at the end of the run
 */
public record RunInput(long[] time, double[] equity, boolean[] inPosition, int n, List<Trade> trades,
        double startingCash, double finalCash) {

    /** Validates the arguments once; throws {@link IllegalArgumentException} naming the offending value. */
    public RunInput {
        if (time == null || equity == null || inPosition == null || trades == null) {
            throw new IllegalArgumentException("time, equity, inPosition and trades must not be null");
        }
        if (n < 0 || n > time.length || n > equity.length || n > inPosition.length) {
            throw new IllegalArgumentException("n=" + n + " outside [0, " + Math.min(time.length,
                    Math.min(equity.length, inPosition.length)) + "]");
        }
        checkCashAndTrades(startingCash, finalCash, trades);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(equity[i])) {
                throw new IllegalArgumentException("equity[" + i + "] must be finite, was " + equity[i]);
            }
            if (i > 0 && time[i] <= time[i - 1]) {
                throw new IllegalArgumentException("time[" + i + "]=" + time[i] + " not after time[" + (i - 1)
                        + "]=" + time[i - 1]);
            }
        }
    }

    /**
     * The checks of a run's cash and trades that every statistics input makes (this record's and the columns' of
     * {@link StatisticsCalculator#compute(long[], double[], double[], int, List, double, double, StatisticsOptions,
     * CurveSummary)}); throws {@link IllegalArgumentException} naming the offending value.
     */
    static void checkCashAndTrades(double startingCash, double finalCash, List<Trade> trades) {
        if (!(startingCash > 0) || startingCash == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("startingCash must be positive and finite, was " + startingCash);
        }
        if (!Double.isFinite(finalCash)) throw new IllegalArgumentException("finalCash must be finite, was " + finalCash);
        dev.tradewind.model.TradePnls log = trades instanceof dev.tradewind.model.TradePnls l ? l : null; // read in place
        for (int i = 0; i < trades.size(); i++) {
            double pnl = log != null ? log.netPnl(i) : trades.get(i) == null ? Double.NaN : trades.get(i).netPnl();
            if (!Double.isFinite(pnl)) {
                throw new IllegalArgumentException("trades[" + i + "] must be non-null with a finite netPnl, was "
                        + trades.get(i));
            }
        }
    }

    /** A run over whole arrays ({@code n = time.length}). */
    public RunInput(long[] time, double[] equity, boolean[] inPosition, List<Trade> trades, double startingCash,
            double finalCash) {
        this(time, equity, inPosition, time.length, trades, startingCash, finalCash);
    }

    /** Equity at the last bar, or {@code startingCash} when there are no bars. */
    public double finalEquity() { return n == 0 ? startingCash : equity[n - 1]; }
}
