package dev.tradewind.engine;

import dev.tradewind.model.Side;

/**
 * The price a taker order really gets. Implementations return the executed price before tick rounding; a buy is
 * never given a better price than {@code price}, a sell never a better one either.
 */
@FunctionalInterface
public interface SlippageModel {
    /** No slippage. */
    SlippageModel NONE = new Fixed(0, 0);

    /**
     * @param side      buy or sell
     * @param price     the reference price (open, stop or close)
     * @param quantity  executed size
     * @param barVolume the bar's volume
     * @param atr       the venue's ATR(14) as of the previous bar (NaN during its warm-up)
     */
    double price(Side side, double price, double quantity, double barVolume, double atr);

    /** Whether {@link #price} reads {@code atr}; when not, the venue passes NaN and need not compute an ATR. */
    default boolean readsAtr() { return true; }

    /** Basis points of the price plus half a fixed spread against the order; reads no ATR. */
    record Fixed(double bps, double spread) implements SlippageModel {
        @Override
        public double price(Side side, double price, double quantity, double barVolume, double atr) {
            double p = bps == 0 ? price : price * (1 + side.sign() * bps / 10_000.0);
            return spread == 0 ? p : p + side.sign() * spread / 2;
        }

        @Override public boolean readsAtr() { return false; }
    }

    /** A fixed number of basis points against the order. */
    static SlippageModel bps(double bps) {
        if (!(bps >= 0)) throw new IllegalArgumentException("slippage bps must be >= 0");
        return new Fixed(bps, 0);
    }

    /** Half a fixed bid/ask spread against the order (the reference price is the mid). */
    static SlippageModel spread(double spread) {
        if (!(spread >= 0)) throw new IllegalArgumentException("spread must be >= 0");
        return new Fixed(0, spread);
    }

    /** A multiple of the ATR against the order (none during the ATR's warm-up). */
    static SlippageModel atr(double multiple) {
        if (!(multiple >= 0)) throw new IllegalArgumentException("ATR multiple must be >= 0");
        return (side, price, q, v, atr) -> Double.isNaN(atr) ? price : price + side.sign() * multiple * atr;
    }

    /**
     * Square-root market impact: the price moves by {@code coefficient x sigma x sqrt(quantity / barVolume)} of itself,
     * with sigma = ATR / price as the bar's volatility (a zero-volume bar counts as volume 1).
     */
    static SlippageModel squareRoot(double coefficient) {
        if (!(coefficient >= 0)) throw new IllegalArgumentException("impact coefficient must be >= 0");
        return (side, price, q, v, atr) -> {
            if (Double.isNaN(atr)) return price;
            double impact = coefficient * (atr / price) * Math.sqrt(q / Math.max(v, 1));
            return price * (1 + side.sign() * impact);
        };
    }
}
