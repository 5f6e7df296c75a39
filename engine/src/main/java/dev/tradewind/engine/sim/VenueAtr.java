package dev.tradewind.engine.sim;

import dev.tradewind.indicators.volatility.Atr;
import dev.tradewind.model.BarSeries;

/**
 * The simulated venue's ATR(14) (ATR trailing stops, ATR slippage). Fed bar by bar from a live feed; when the run
 * replays stored bars it is computed from them only when an order first asks, so runs without such orders skip it.
 * Either way the values are the same: {@link #before} is the ATR through the previous bar (what orders placed or
 * filled during a bar see), {@link #through} the ATR through the current bar (trailing stops after the bar).
 */
final class VenueAtr {
    private final Atr atr = new Atr(14);
    private BarSeries stored;
    private int fed;
    private int bar = -1;
    private long barTime;
    private int beforeBar = -1;
    private double beforeValue = Double.NaN;

    /** The bars the run replays, or null for a live feed. */
    void stored(BarSeries series) {
        if (bar >= 0) throw new IllegalStateException("the stored bars are set before the first bar");
        stored = series;
    }

    /** Whether the ATR is computed from stored bars on demand (nothing to feed per bar). */
    boolean isStored() { return stored != null; }

    /** Bar {@code index} opened at {@code time}. */
    void open(int index, long time) {
        bar = index;
        barTime = time;
    }

    /** The current bar is matched; a live feed feeds it now. */
    void matched(long time, double open, double high, double low, double close, double volume) {
        if (stored != null) return;
        before();
        atr.update(time, open, high, low, close, volume, close);
        fed++;
    }

    /** ATR through the previous bar. */
    double before() {
        if (beforeBar != bar) {
            catchUp(bar);
            beforeValue = atr.value();
            beforeBar = bar;
        }
        return beforeValue;
    }

    /** ATR through the current bar, once it is matched. */
    double through() {
        before();
        catchUp(bar + 1);
        return atr.value();
    }

    private void catchUp(int bars) {
        if (stored == null) return;
        if (bar >= stored.size() || stored.time()[bar] != barTime) {
            throw new IllegalStateException("bar " + bar + " at " + barTime + " is not the stored bar");
        }
        for (; fed < bars; fed++) {
            atr.update(stored.time()[fed], stored.open()[fed], stored.high()[fed], stored.low()[fed], stored.close()[fed],
                    stored.volume()[fed], stored.close()[fed]);
        }
    }
}
