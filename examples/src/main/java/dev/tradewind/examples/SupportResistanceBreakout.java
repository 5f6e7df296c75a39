package dev.tradewind.examples;

import dev.tradewind.model.Series;
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Bars;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;

/**
 * Support/resistance breakout. Swing pivots are bars whose high (low) is above (below) the {@code pivot} bars on each
 * side; a pivot is known only {@code pivot} bars later. A level is a pivot price, and its touches are the pivots of the
 * last {@code lookback} bars within {@code tolerance} percent of it. When a bar closes through a level with at least
 * {@code touches} touches (up through it from at or below, or down through it from at or above) on volume above
 * {@code volume} times its {@code volumeLength}-bar average (the breaking bar included), the strategy enters at market
 * in the break's direction: stop-loss {@code atrStop} ATR(14)s back beyond the level, take-profit {@code target} times
 * that risk from the signal close. When one bar breaks several levels, the one nearest its close counts. The level and
 * the pivots within tolerance of it are then used up. The newest 256 pivots are kept. No new entry while a position is open;
 * entries only inside the session, and with {@code sessionExit} positions are closed on its last bar.
 */
public final class SupportResistanceBreakout extends SessionFamily {
    private static final int CAPACITY = 256;

    @Param(description = "bars on each side of a swing pivot", min = 1, max = 100)
    int pivot = 5;
    @Param(description = "pivots older than this many bars are forgotten", min = 10, max = 100_000)
    int lookback = 300;
    @Param(description = "pivots within this percent of a level touch it", min = 0.001, max = 10)
    double tolerance = 0.15;
    @Param(description = "touches a level needs before its break is traded", min = 1, max = 50)
    int touches = 3;
    @Param(description = "the breaking bar's volume must exceed this multiple of its average", min = 0, max = 100)
    double volume = 2;
    @Param(description = "bars in the volume average", min = 1, max = 1000)
    int volumeLength = 20;
    @Param(description = "stop-loss distance behind the level, in ATR(14)", min = 0.01, max = 20)
    double atrStop = 1;
    @Param(description = "take-profit distance in multiples of the risk (0 = none)", min = 0, max = 100)
    double target = 2;
    @Param(description = "close positions on the session's last bar")
    boolean sessionExit = false;

    private final double[] level = new double[CAPACITY];
    private final int[] formed = new int[CAPACITY];
    private final boolean[] used = new boolean[CAPACITY];
    private int count;
    private Series atr;
    private Series averageVolume;

    @Override
    public void onStart(Context ctx) {
        super.onStart(ctx);
        atr = ctx.indicator("atr(14)");
        averageVolume = ctx.indicator("sma(volume," + volumeLength + ")");
    }

    @Override
    public void onBar(Context ctx) {
        long t = ctx.time();
        session.advance(t);
        Bars bars = ctx.bars();
        int n = bars.size();
        findPivot(bars, n);
        boolean inside = session.contains(t);
        if (sessionExit && (!inside || session.endsNearClose(t, 0))) {
            if (ctx.openOrders() > 0 || !ctx.position().isFlat()) ctx.flatten();
            return;
        }
        if (!inside || !ctx.position().isFlat() || ctx.openOrders() > 0 || n < 2) return;
        double a = atr.get();
        if (Double.isNaN(a) || !(ctx.volume() > volume * averageVolume.get())) return;
        double close = ctx.close();
        double previous = bars.close(1);
        int oldest = n - 1 - lookback;
        double broken = Double.NaN;
        for (int j = 0; j < count; j++) {
            if (used[j] || formed[j] < oldest) continue;
            double p = level[j];
            boolean crossed = (previous <= p && close > p) || (previous >= p && close < p);
            if (crossed && (Double.isNaN(broken) || Math.abs(close - p) < Math.abs(close - broken))
                    && touchesOf(p, oldest) >= touches) {
                broken = p;
            }
        }
        if (Double.isNaN(broken)) return;
        useUp(broken, oldest);
        double units = ctx.unitsForPercentOfEquity(percent);
        if (close > broken && !sides.equals("short")) {
            double stop = broken - atrStop * a;
            ctx.order(Side.BUY, units).stopLoss(stop).takeProfit(target > 0 ? close + target * (close - stop) : Double.NaN).submit();
        } else if (close < broken && !sides.equals("long")) {
            double stop = broken + atrStop * a;
            ctx.order(Side.SELL, units).stopLoss(stop).takeProfit(target > 0 ? close - target * (stop - close) : Double.NaN).submit();
        }
    }

    /** Pivots are collected from the first bar, before the indicators are ready. */
    @Override
    public boolean onBarDuringWarmup() { return true; }

    /** Records the bar {@code pivot} bars back if it is a swing high or low. */
    private void findPivot(Bars bars, int n) {
        int c = n - 1 - pivot;
        if (c - pivot < 0) return;
        double[] h = bars.high();
        double[] l = bars.low();
        boolean top = true;
        boolean bottom = true;
        for (int i = c - pivot; i <= c + pivot; i++) {
            if (i == c) continue;
            if (i < c ? h[i] >= h[c] : h[i] > h[c]) top = false;
            if (i < c ? l[i] <= l[c] : l[i] < l[c]) bottom = false;
        }
        if (top) add(h[c], c);
        if (bottom) add(l[c], c);
    }

    private void add(double price, int bar) {
        int slot = count < CAPACITY ? count++ : oldestSlot();
        level[slot] = price;
        formed[slot] = bar;
        used[slot] = false;
    }

    private int oldestSlot() {
        int s = 0;
        for (int j = 1; j < CAPACITY; j++) if (formed[j] < formed[s]) s = j;
        return s;
    }

    private int touchesOf(double p, int oldest) {
        int k = 0;
        for (int j = 0; j < count; j++) if (!used[j] && formed[j] >= oldest && Math.abs(level[j] - p) <= p * tolerance / 100) k++;
        return k;
    }

    private void useUp(double p, int oldest) {
        for (int j = 0; j < count; j++) if (formed[j] >= oldest && Math.abs(level[j] - p) <= p * tolerance / 100) used[j] = true;
    }
}
