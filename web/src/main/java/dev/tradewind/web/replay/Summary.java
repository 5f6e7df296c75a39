package dev.tradewind.web.replay;

import dev.tradewind.model.Fill;
import java.util.List;

/**
 * A replay in numbers. Slippage and latency are over matched fills only (live minus backtest; slippage positive when
 * the run paid more than the model); NaN when no fill matched.
 *
 * @param orders   orders in each, matched, in one only
 * @param fills    fills in each, matched, in one only
 * @param slippage what the run paid beyond the backtest's prices
 * @param latency  live fill time minus backtest fill time
 * @param fees     fees of all fills of each
 * @param equity   the two curves at the end
 */
public record Summary(Counts orders, Counts fills, Slippage slippage, Latency latency, Fees fees, Ending equity) {

    /**
     * @param live         in the run
     * @param backtest     in the backtest
     * @param matched      in both
     * @param onlyLive     in the run only
     * @param onlyBacktest in the backtest only
     */
    public record Counts(int live, int backtest, int matched, int onlyLive, int onlyBacktest) {
        static Counts of(List<String> presences) {
            int both = 0, live = 0, back = 0;
            for (String p : presences) {
                if (p.equals("both")) both++;
                else if (p.equals("live only")) live++;
                else back++;
            }
            return new Counts(both + live, both + back, both, live, back);
        }
    }

    /**
     * @param total      in quote currency, over matched fills
     * @param perFill    {@code total} per matched fill
     * @param bpsPerFill the average of each matched fill's slippage relative to the backtest's price, in basis points
     */
    public record Slippage(double total, double perFill, double bpsPerFill) {}

    /**
     * @param meanMs the mean over matched fills
     * @param maxMs  the largest by size, with its sign
     */
    public record Latency(double meanMs, double maxMs) {}

    /** Fees of every fill of each side, and live minus backtest. */
    public record Fees(double live, double backtest, double difference) {}

    /**
     * @param bars          bar times both curves have
     * @param finalLive     the run's equity at the last of them
     * @param finalBacktest the backtest's there
     * @param finalGap      live minus backtest there
     * @param maxGap        the largest gap by size, with its sign
     */
    public record Ending(int bars, double finalLive, double finalBacktest, double finalGap, double maxGap) {}

    /** Counts and sums the matches; {@code multiplier} is the instrument's contract multiplier. */
    static Summary of(List<OrderMatch> orders, List<FillMatch> fills, List<EquityGap> equity, double multiplier) {
        return new Summary(Counts.of(orders.stream().map(OrderMatch::presence).toList()),
                Counts.of(fills.stream().map(FillMatch::presence).toList()), slippage(fills, multiplier), latency(fills),
                fees(fills), ending(equity));
    }

    private static Slippage slippage(List<FillMatch> fills, double multiplier) {
        double sum = 0, bps = 0;
        int n = 0;
        for (FillMatch f : fills) {
            if (!f.matched()) continue;
            n++;
            sum += f.slippage(multiplier);
            bps += f.slippageBps();
        }
        return new Slippage(sum, n == 0 ? Double.NaN : sum / n, n == 0 ? Double.NaN : bps / n);
    }

    private static Latency latency(List<FillMatch> fills) {
        double sum = 0, max = 0;
        int n = 0;
        for (FillMatch f : fills) {
            if (!f.matched()) continue;
            n++;
            double ms = f.latencyNanos() / 1e6;
            sum += ms;
            if (Math.abs(ms) > Math.abs(max)) max = ms;
        }
        return n == 0 ? new Latency(Double.NaN, Double.NaN) : new Latency(sum / n, max);
    }

    private static Fees fees(List<FillMatch> fills) {
        double live = 0, back = 0;
        for (FillMatch f : fills) {
            live += fee(f.live());
            back += fee(f.backtest());
        }
        return new Fees(live, back, live - back);
    }

    private static double fee(Fill f) { return f == null ? 0 : f.fee(); }

    private static Ending ending(List<EquityGap> equity) {
        int bars = 0;
        double live = Double.NaN, back = Double.NaN, max = 0;
        for (EquityGap e : equity) {
            if (Double.isNaN(e.gap())) continue;
            bars++;
            live = e.live();
            back = e.backtest();
            if (Math.abs(e.gap()) > Math.abs(max)) max = e.gap();
        }
        return new Ending(bars, live, back, live - back, max);
    }
}
