package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;

/**
 * Where bars come from: a cursor the engine advances. A backtest reads stored history; a live feed blocks in
 * {@link #next} until the next bar closes. Bars arrive in increasing time order.
 */
public interface Feed {
    Instrument instrument();

    /** Expected number of bars, used to preallocate; -1 if unknown. */
    int sizeHint();

    /** The whole series when the feed replays stored bars (a backtest), else null (a live feed). */
    default BarSeries stored() { return null; }

    /** Moves to the next bar; false when there are no more. */
    boolean next();

    /** Open time of the current bar, epoch nanoseconds. */
    long time();
    double open();
    double high();
    double low();
    double close();
    double volume();
}
