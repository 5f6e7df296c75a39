package dev.tradewind.engine;

import dev.tradewind.model.BarSeries;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.Trade;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Strategy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A strategy driven by a script of actions per bar that records every callback as a line of text. */
final class Scripted implements Strategy {
    final List<String> events = new ArrayList<>();
    private final Map<Integer, Consumer<Context>> script = new HashMap<>();

    Scripted at(int bar, Consumer<Context> action) {
        script.merge(bar, action, Consumer::andThen);
        return this;
    }

    @Override
    public void onBar(Context ctx) {
        Consumer<Context> a = script.get(ctx.barIndex());
        if (a != null) a.accept(ctx);
    }

    @Override
    public void onOrder(Context ctx, OrderEvent e) {
        String what = switch (e) {
            case OrderEvent.Accepted a -> "accepted";
            case OrderEvent.Triggered t -> "triggered";
            case OrderEvent.Filled f -> "filled " + f.fill().side() + " " + f.fill().quantity() + " @ " + f.fill().price()
                    + " fee " + f.fill().fee();
            case OrderEvent.Canceled c -> "canceled";
            case OrderEvent.Expired x -> "expired";
            case OrderEvent.Rejected r -> "rejected: " + r.reason();
            case OrderEvent.Updated u -> "updated to " + u.quantity();
            case OrderEvent.Modified m -> "modified to " + m.quantity() + " limit " + m.limitPrice() + " stop " + m.stopPrice();
        };
        events.add("bar " + ctx.barIndex() + " #" + e.orderId() + " " + what);
    }

    @Override
    public void onTrade(Context ctx, Trade t) {
        events.add("bar " + ctx.barIndex() + " trade " + t.side() + " " + t.quantity() + " " + t.entryPrice() + " -> "
                + t.exitPrice() + " net " + t.netPnl() + " bars " + t.barsHeld());
    }

    /** Bars from rows of {open, high, low, close, volume} every {@code step} ns from {@code start}. */
    static BarSeries series(long start, long step, double[]... ohlcv) {
        int n = ohlcv.length;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
            o[i] = ohlcv[i][0];
            h[i] = ohlcv[i][1];
            l[i] = ohlcv[i][2];
            c[i] = ohlcv[i][3];
            v[i] = ohlcv[i].length > 4 ? ohlcv[i][4] : 1000;
        }
        return new BarSeries("TEST", t, o, h, l, c, v);
    }

    /** Bars from rows of {open, high, low, close}, one per day starting 2024-01-01 UTC, volume 1000. */
    static BarSeries bars(double[]... ohlc) {
        int n = ohlc.length;
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        long day0 = 19_723L * 86_400_000_000_000L;
        for (int i = 0; i < n; i++) {
            t[i] = day0 + i * 86_400_000_000_000L;
            o[i] = ohlc[i][0];
            h[i] = ohlc[i][1];
            l[i] = ohlc[i][2];
            c[i] = ohlc[i][3];
            v[i] = 1000;
        }
        return new BarSeries("TEST", t, o, h, l, c, v);
    }
}
