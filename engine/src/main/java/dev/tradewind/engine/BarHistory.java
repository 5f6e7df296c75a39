package dev.tradewind.engine;

import dev.tradewind.model.BarColumns;
import dev.tradewind.strategy.Bars;

/** The bars a strategy has seen, appended one per bar into preallocated columns that double when full. */
final class BarHistory implements Bars {
    private final BarColumns columns;

    BarHistory(int capacity) { this.columns = new BarColumns(capacity); }

    void append(long t, double o, double h, double l, double c, double v) { columns.add(t, o, h, l, c, v); }

    @Override public int size() { return columns.size(); }
    @Override public long[] time() { return columns.time(); }
    @Override public double[] open() { return columns.open(); }
    @Override public double[] high() { return columns.high(); }
    @Override public double[] low() { return columns.low(); }
    @Override public double[] close() { return columns.close(); }
    @Override public double[] volume() { return columns.volume(); }
}
