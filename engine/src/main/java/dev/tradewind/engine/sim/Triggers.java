package dev.tradewind.engine.sim;

import dev.tradewind.model.Liquidity;

/**
 * Where an order would execute inside one bar, for each order type; pure price logic, no state changes except the
 * trigger flag. A price of NaN means no execution in this bar.
 */
final class Triggers {
    /** The executed price before slippage, and whether slippage applies (taker orders that are not limits). */
    record Hit(double price, Liquidity liquidity, boolean slips) {
        static final Hit NONE = new Hit(Double.NaN, Liquidity.TAKER, false);

        boolean isHit() { return !Double.isNaN(price); }
    }

    private Triggers() {}

    /**
     * @param start the bar's open, or the entry price for a bracket child activated inside this bar
     * @param first whether this is the first bar the order can execute in (a limit marketable then takes liquidity)
     */
    static Hit find(Working w, double start, double high, double low, boolean first) {
        boolean buy = w.buy();
        double lim = w.order.limitPrice();
        double stop = w.order.stopPrice();
        return switch (w.order.type()) {
            case MARKET, MARKET_ON_OPEN -> new Hit(start, Liquidity.TAKER, true);
            case MARKET_ON_CLOSE -> Hit.NONE;
            case LIMIT -> limit(buy, lim, start, high, low, first);
            case STOP -> stop(buy, stop, start, high, low);
            case TRAILING_STOP -> stop(buy, w.trailLevel, start, high, low);
            case STOP_LIMIT -> {
                if (w.triggered) yield limit(buy, lim, start, high, low, false);
                if (buy ? start >= stop : start <= stop) {
                    w.triggered = true;
                    yield limit(buy, lim, start, high, low, true);
                }
                if (buy ? high >= stop : low <= stop) {
                    w.triggered = true;
                    if (buy ? lim >= stop : lim <= stop) yield new Hit(stop, Liquidity.TAKER, false);
                }
                yield Hit.NONE;
            }
            case LIMIT_IF_TOUCHED -> {
                if (w.triggered) yield limit(buy, lim, start, high, low, false);
                if (buy ? start <= stop : start >= stop) {
                    w.triggered = true;
                    yield limit(buy, lim, start, high, low, true);
                }
                if (buy ? low <= stop : high >= stop) {
                    w.triggered = true;
                    if (buy ? lim >= stop : lim <= stop) yield new Hit(stop, Liquidity.TAKER, false);
                }
                yield Hit.NONE;
            }
        };
    }

    /** Whether the order's trigger or limit is reached in this bar, without changing any state. */
    static boolean reached(Working w, double start, double high, double low) {
        boolean wasTriggered = w.triggered;
        Hit h = find(w, start, high, low, false);
        w.triggered = wasTriggered;
        return h.isHit();
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

    private static Hit limit(boolean buy, double lim, double start, double high, double low, boolean first) {
        if (buy ? start <= lim : start >= lim) return new Hit(start, first ? Liquidity.TAKER : Liquidity.MAKER, false);
        if (buy ? low <= lim : high >= lim) return new Hit(lim, Liquidity.MAKER, false);
        return Hit.NONE;
    }

    private static Hit stop(boolean buy, double stop, double start, double high, double low) {
        if (Double.isNaN(stop)) return Hit.NONE;
        if (buy ? start >= stop : start <= stop) return new Hit(start, Liquidity.TAKER, true);
        if (buy ? high >= stop : low <= stop) return new Hit(stop, Liquidity.TAKER, true);
        return Hit.NONE;
    }
}
