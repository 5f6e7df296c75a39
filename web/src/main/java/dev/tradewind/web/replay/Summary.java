package dev.tradewind.web.replay;

import dev.tradewind.model.Fill;
import java.util.List;

/**
 * A replay in numbers. Slippage and latency are over matched fills only (live minus backtest; slippage positive when
 * the run paid more than the model); the final gap is at the last bar both curves have, the largest gap by size.
 */
public record Summary(int ordersLive, int ordersBacktest, int ordersMatched, int ordersOnlyLive, int ordersOnlyBacktest,
        int fillsLive, int fillsBacktest, int fillsMatched, int fillsOnlyLive, int fillsOnlyBacktest,
        double slippage, double slippagePerFill, double slippageBpsPerFill, double latencyMeanMs, double latencyMaxMs,
        double feesLive, double feesBacktest, double feeDifference, int barsCompared, double finalEquityLive,
        double finalEquityBacktest, double finalEquityGap, double maxEquityGap) {

    /** Counts and sums the matches; {@code multiplier} is the instrument's contract multiplier. */
    static Summary of(List<OrderMatch> orders, List<FillMatch> fills, List<EquityGap> equity, double multiplier) {
        int oBoth = 0, oLive = 0, oBack = 0, fBoth = 0, fLive = 0, fBack = 0;
        for (OrderMatch o : orders) {
            if (o.live() == null) oBack++;
            else if (o.backtest() == null) oLive++;
            else oBoth++;
        }
        double slip = 0, bps = 0, latency = 0, maxLatency = 0, feesLive = 0, feesBack = 0;
        for (FillMatch f : fills) {
            feesLive += fee(f.live());
            feesBack += fee(f.backtest());
            if (!f.matched()) {
                if (f.live() == null) fBack++;
                else fLive++;
                continue;
            }
            fBoth++;
            slip += f.slippage(multiplier);
            bps += f.slippageBps();
            double ms = f.latencyNanos() / 1e6;
            latency += ms;
            if (Math.abs(ms) > Math.abs(maxLatency)) maxLatency = ms;
        }
        int bars = 0;
        double gapLive = Double.NaN, gapBack = Double.NaN, maxGap = 0;
        for (EquityGap e : equity) {
            if (Double.isNaN(e.gap())) continue;
            bars++;
            gapLive = e.live();
            gapBack = e.backtest();
            if (Math.abs(e.gap()) > Math.abs(maxGap)) maxGap = e.gap();
        }
        double perFill = fBoth == 0 ? Double.NaN : slip / fBoth;
        return new Summary(oBoth + oLive, oBoth + oBack, oBoth, oLive, oBack, fBoth + fLive, fBoth + fBack, fBoth, fLive, fBack,
                slip, perFill, fBoth == 0 ? Double.NaN : bps / fBoth, fBoth == 0 ? Double.NaN : latency / fBoth,
                fBoth == 0 ? Double.NaN : maxLatency, feesLive, feesBack, feesLive - feesBack, bars, gapLive, gapBack,
                gapLive - gapBack, maxGap);
    }

    private static double fee(Fill f) { return f == null ? 0 : f.fee(); }
}
