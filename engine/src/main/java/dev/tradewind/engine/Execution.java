package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;

/**
 * How the simulated venue executes orders.
 *
 * @param volumeShare    cap on the share of a bar's volume one order may take (0.1 = 10%); 0 for no cap. The rest
 *                       keeps working on the next bars; IOC expires it, FOK refuses a fill it cannot complete.
 * @param latencyBars    bars an order waits before it can fill, beyond the next bar (0: it can fill from the next bar)
 * @param latencyNanos   time an order waits: it can fill only on bars opening at or after its submission bar's time
 *                       plus this
 * @param slippage       price adjustment of taker fills
 * @param sameBar        which of a bracket's two exits goes first when one bar reaches both
 * @param lowerTimeframe finer bars of the same symbol for {@link SameBarPolicy#LOWER_TIMEFRAME}; may be null
 */
public record Execution(double volumeShare, int latencyBars, long latencyNanos, SlippageModel slippage,
        SameBarPolicy sameBar, BarSeries lowerTimeframe) {

    public static final Execution DEFAULT = new Execution(0, 0, 0, SlippageModel.NONE, SameBarPolicy.STOP_FIRST, null);

    public Execution {
        if (!(volumeShare >= 0 && volumeShare <= 1)) throw new IllegalArgumentException("volume share must be in [0, 1]");
        if (latencyBars < 0 || latencyNanos < 0) throw new IllegalArgumentException("latency must be >= 0");
        if (slippage == null || sameBar == null) throw new IllegalArgumentException("slippage and same-bar policy are required");
        if (sameBar == SameBarPolicy.LOWER_TIMEFRAME && lowerTimeframe == null) {
            throw new IllegalArgumentException("the LOWER_TIMEFRAME policy needs lower-timeframe bars");
        }
    }

    public Execution withVolumeShare(double v) { return new Execution(v, latencyBars, latencyNanos, slippage, sameBar, lowerTimeframe); }
    public Execution withLatency(int bars, long nanos) { return new Execution(volumeShare, bars, nanos, slippage, sameBar, lowerTimeframe); }
    public Execution withSlippage(SlippageModel s) { return new Execution(volumeShare, latencyBars, latencyNanos, s, sameBar, lowerTimeframe); }
    public Execution withSameBar(SameBarPolicy p, BarSeries lower) { return new Execution(volumeShare, latencyBars, latencyNanos, slippage, p, lower); }
}
