package dev.tradewind.research;

import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Param;
import dev.tradewind.strategy.Strategy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A deliberately biased strategy, written the way lookahead slips into real Java research code: a static cache
 * "to speed up repeated runs" keeps the mean close of every bar a run saw, and later runs (every run of a sweep after
 * the first) trade against that full-sample mean from their first bar on: a value computed from data they have not
 * seen yet. The first run, with an empty cache, is honest (a running mean).
 */
public class LeakyCacheStrategy implements Strategy {
    static final Map<String, Double> MEAN_CLOSE = new ConcurrentHashMap<>();

    @Param(description = "buy this many percent below the mean", min = 0, max = 50)
    double band = 1;

    private double sum;
    private int count;
    private Double cached;

    @Override
    public void onStart(Context ctx) { cached = MEAN_CLOSE.get(ctx.instrument().symbol()); }

    @Override
    public boolean onBarDuringWarmup() { return true; }

    @Override
    public void onBar(Context ctx) {
        sum += ctx.close();
        count++;
        double mean = cached != null ? cached : sum / count;
        if (ctx.position().isFlat() && ctx.close() < mean * (1 - band / 100)) ctx.buy(ctx.unitsForPercentOfEquity(50));
        else if (ctx.position().isLong() && ctx.close() > mean) ctx.flatten();
    }

    @Override
    public void onStop(Context ctx) { MEAN_CLOSE.put(ctx.instrument().symbol(), sum / count); }
}
