package dev.tradewind.engine.sim;

import dev.tradewind.model.Liquidity;

/**
 * Where an order would execute inside one bar, for each order type; pure price logic, no state changes except the
 * trigger flag and the hit's role. A price of NaN means no execution in this bar. The price is returned as a primitive
 * and the hit's liquidity and whether slippage applies are left in the order's {@link Working#hitLiquidity} and
 * {@link Working#hitSlips} (read right after {@link #find}), so a match allocates nothing.
 */
final class Triggers {
    private Triggers() {}

    /**
     * The executed price before slippage, or NaN for no execution in this bar; on a hit, {@code w.hitLiquidity} and
     * {@code w.hitSlips} (taker orders that are not limits) say how it executes.
     *
     * @param start the bar's open, or the entry price for a bracket child activated inside this bar
     * @param first whether this is the first bar the order can execute in (a limit marketable then takes liquidity)
     */
    static double find(Working w, double start, double high, double low, boolean first) {
        boolean buy = w.buy();
        double lim = w.order.limitPrice();
        double stop = w.order.stopPrice();
        return switch (w.order.type()) {
            case MARKET, MARKET_ON_OPEN -> hit(w, start, Liquidity.TAKER, true);
            case MARKET_ON_CLOSE -> Double.NaN;
            case LIMIT -> limit(w, buy, lim, start, high, low, first);
            case STOP -> stop(w, buy, stop, start, high, low);
            case TRAILING_STOP -> stop(w, buy, w.trailLevel, start, high, low);
            case STOP_LIMIT -> {
                if (w.triggered) yield limit(w, buy, lim, start, high, low, false);
                if (buy ? start >= stop : start <= stop) {
                    w.triggered = true;
                    yield limit(w, buy, lim, start, high, low, true);
                }
                if (buy ? high >= stop : low <= stop) {
                    w.triggered = true;
                    if (buy ? lim >= stop : lim <= stop) yield hit(w, stop, Liquidity.TAKER, false);
                }
                yield Double.NaN;
            }
            case LIMIT_IF_TOUCHED -> {
                if (w.triggered) yield limit(w, buy, lim, start, high, low, false);
                if (buy ? start <= stop : start >= stop) {
                    w.triggered = true;
                    yield limit(w, buy, lim, start, high, low, true);
                }
                if (buy ? low <= stop : high >= stop) {
                    w.triggered = true;
                    if (buy ? lim >= stop : lim <= stop) yield hit(w, stop, Liquidity.TAKER, false);
                }
                yield Double.NaN;
            }
        };
    }

    /** Whether the order's trigger or limit is reached in this bar, without changing any state. */
    static boolean reached(Working w, double start, double high, double low) {
        boolean wasTriggered = w.triggered;
        double price = find(w, start, high, low, false);
        w.triggered = wasTriggered;
        return !Double.isNaN(price);
    }

    /** The price an exit is reached at in this bar, for ordering two exits by distance; NaN if not reached. */
    static double level(Working w) {
        return switch (w.order.type()) {
            case STOP, STOP_LIMIT, LIMIT_IF_TOUCHED -> w.order.stopPrice();
            case TRAILING_STOP -> w.trailLevel;
            case LIMIT -> w.order.limitPrice();
            case MARKET, MARKET_ON_OPEN, MARKET_ON_CLOSE -> Double.NaN;
        };
    }

    private static double hit(Working w, double price, Liquidity liquidity, boolean slips) {
        w.hitLiquidity = liquidity;
        w.hitSlips = slips;
        return price;
    }

    private static double limit(Working w, boolean buy, double lim, double start, double high, double low, boolean first) {
        if (buy ? start <= lim : start >= lim) return hit(w, start, first ? Liquidity.TAKER : Liquidity.MAKER, false);
        if (buy ? low <= lim : high >= lim) return hit(w, lim, Liquidity.MAKER, false);
        return Double.NaN;
    }

    private static double stop(Working w, boolean buy, double stop, double start, double high, double low) {
        if (Double.isNaN(stop)) return Double.NaN;
        if (buy ? start >= stop : start <= stop) return hit(w, start, Liquidity.TAKER, true);
        if (buy ? high >= stop : low <= stop) return hit(w, stop, Liquidity.TAKER, true);
        return Double.NaN;
    }
}
