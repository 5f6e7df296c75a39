package dev.tradewind.live.paper;

import dev.tradewind.catalog.Catalog;
import dev.tradewind.data.Timeframe;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.live.binance.BinanceMarketData;
import dev.tradewind.live.binance.BinanceRest;
import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.SymbolRules;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.RunSink;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** A paper session against the fake exchange, on its clock: Binance USD-M futures rules for FILUSDT, 1m bars. */
final class Rig {
    static final Map<String, String> PARAMS = Map.of("fast", "60", "slow", "240");
    final FakeExchange fx;
    final HttpClient http = HttpClient.newHttpClient();
    final BinanceMarketData.Options options;
    final BinanceRest rest;
    final EngineConfig config;

    Rig(FakeExchange fx) {
        this.fx = fx;
        options = BinanceMarketData.Options.defaults(BinanceMarket.FUTURES).withUrls(fx.restUrl(), fx.wsUrl())
                .withTimeouts(Duration.ofMillis(200), Duration.ofSeconds(3), Duration.ofHours(1))
                .withBackoff(attempt -> 20).withClock(() -> fx.now() * 1_000_000L);
        rest = new BinanceRest(http, fx.restUrl(), BinanceMarket.FUTURES, options.clock(), ms -> { });
        Instrument instrument = SymbolRules.instrument(rest.symbolInfo("FILUSDT"), BinanceMarket.FUTURES);
        config = EngineConfig.of(instrument, 10_000).withCommission(new Commission(0.04, 0, 0));
    }

    long open(int i) { return fx.klines().get(i).open() * 1_000_000L; }

    /** A session of the crossover from bar {@code from} to (before) bar {@code to}, recording into {@code sink}. */
    PaperSession session(Cross strategy, int from, int to, RunSink sink, Catalog catalog, CatalogAppender appender) {
        BinanceMarketData client = new BinanceMarketData(options, http, rest);
        long end = to >= fx.klines().size() ? open(fx.klines().size() - 1) + 60_000_000_000L : open(to);
        PaperSession.Settings s = new PaperSession.Settings("FILUSDT", "1m", Timeframe.of(Duration.ofMinutes(1)), open(from), end);
        return new PaperSession(new Engine(config).withSink(sink), strategy, PARAMS, client, rest, catalog, appender, s,
                options.clock());
    }

}
