package dev.tradewind.examples;

import dev.tradewind.data.Resampler;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.strategy.Strategy;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test helper for the strategy families: the bundled months at each interval, and the costs their goldens use. */
final class Families {
    static final List<String> INTERVALS = List.of("1m", "3m", "5m", "15m", "1h");
    static final List<String> SYMBOLS = List.of("FILUSDT", "NEARUSDT");
    static final Map<String, Class<? extends Strategy>> ALL = Map.of(
            "opening-range-breakout", OpeningRangeBreakout.class,
            "volatility-breakout", VolatilityBreakout.class,
            "trend-day", TrendDay.class,
            "reversal-breakout", ReversalBreakout.class,
            "sr-breakout", SupportResistanceBreakout.class);

    private static final Map<String, BarSeries> CACHE = new ConcurrentHashMap<>();

    private Families() {}

    /** The symbol's bundled August 2023 minute bars, resampled (UTC buckets) to {@code interval}. */
    static BarSeries bars(String symbol, String interval) throws Exception {
        String key = symbol + "/" + interval;
        BarSeries cached = CACHE.get(key);
        if (cached != null) return cached;
        BarSeries minute = Runs.load(symbol + "-1m-2023-08.csv.gz");
        BarSeries b = interval.equals("1m") ? minute : Resampler.resample(minute, Timeframe.parse(interval), ZoneOffset.UTC).series();
        CACHE.put(key, b);
        return b;
    }

    /** A USDT-margined perpetual with Binance's taker fee and one basis point of slippage. */
    static EngineConfig config(String symbol) {
        double lot = symbol.startsWith("FIL") ? 0.1 : 1;
        return EngineConfig.of(new Instrument(symbol, Instrument.Kind.FUTURE, 0.001, lot, 1, 0.1), 10_000)
                .withCommission(new Commission(0.04, 0, 0)).withSlippageBps(1);
    }

    static BacktestResult run(String family, Map<String, String> params, String symbol, String interval) throws Exception {
        return Runs.run(ALL.get(family), params, bars(symbol, interval), config(symbol));
    }
}
