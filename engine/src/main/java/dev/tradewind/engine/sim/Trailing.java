package dev.tradewind.engine.sim;

import dev.tradewind.model.TrailUnit;

/** Trailing-stop arithmetic: the stop follows the best price at a distance and never moves back. */
final class Trailing {
    private Trailing() {}

    /** The distance at a best price, in price units; NaN when an ATR distance has no ATR yet. */
    static double distance(Working w, double best, double atr) {
        double d = w.order.trail();
        TrailUnit u = w.order.trailUnit();
        return switch (u) {
            case PRICE -> d;
            case PERCENT -> best * d / 100.0;
            case ATR -> d * atr;
            case NONE -> Double.NaN;
        };
    }

    /** The stop level for a best price (a sell stop trails below, a buy stop above). */
    static double level(Working w, double best, double atr) {
        double d = distance(w, best, atr);
        if (Double.isNaN(d) || Double.isNaN(best)) return Double.NaN;
        return w.buy() ? best + d : best - d;
    }

    /** After a bar: moves the best price to the bar's extreme and ratchets the level. */
    static void update(Working w, double high, double low, double atr) {
        w.trailBest = Double.isNaN(w.trailBest) ? (w.buy() ? low : high)
                : w.buy() ? Math.min(w.trailBest, low) : Math.max(w.trailBest, high);
        double next = level(w, w.trailBest, atr);
        if (Double.isNaN(next)) return;
        if (Double.isNaN(w.trailLevel)) w.trailLevel = next;
        else w.trailLevel = w.buy() ? Math.min(w.trailLevel, next) : Math.max(w.trailLevel, next);
    }
}
