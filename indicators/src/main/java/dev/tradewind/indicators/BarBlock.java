package dev.tradewind.indicators;

/**
 * The bars a graph computes from: whole columns known ahead (a backtest) or a one-bar scratch row (a live feed).
 * Bar {@code g} of the run is at index {@code g - offset} of the arrays.
 */
final class BarBlock {
    long[] time;
    double[] open;
    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    int offset;
    /** Whether the arrays are whole columns the graph may read ahead (not a one-bar row). */
    boolean whole;

    /** A one-bar scratch row. */
    BarBlock() {
        time = new long[1];
        open = new double[1];
        high = new double[1];
        low = new double[1];
        close = new double[1];
        volume = new double[1];
        whole = false;
    }

    void set(int g, long t, double o, double h, double l, double c, double v) {
        offset = g;
        time[0] = t;
        open[0] = o;
        high[0] = h;
        low[0] = l;
        close[0] = c;
        volume[0] = v;
    }

    void whole(long[] t, double[] o, double[] h, double[] l, double[] c, double[] v) {
        int n = t.length;
        if (o.length != n || h.length != n || l.length != n || c.length != n || v.length != n) {
            throw new IllegalArgumentException("bar columns differ in length");
        }
        time = t;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
        offset = 0;
        whole = true;
    }

    /** The array of a plain bar field, or null for a derived source (HL2, HLC3, OHLC4). */
    double[] field(Source s) {
        return switch (s) {
            case OPEN -> open;
            case HIGH -> high;
            case LOW -> low;
            case CLOSE -> close;
            case VOLUME -> volume;
            default -> null;
        };
    }
}
