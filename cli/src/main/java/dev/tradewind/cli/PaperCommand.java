package dev.tradewind.cli;

import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.live.binance.BinanceInterval;
import dev.tradewind.live.binance.BinanceMarket;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.RunRules;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoreException;
import dev.tradewind.store.StoredRun;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tradewind paper}: a strategy on an exchange's live bars with simulated fills, recorded in the run store as it
 * goes (data {@code paper:EXCHANGE:KIND:SYMBOL:INTERVAL}). Everything is checked, and the exchange asked for the
 * symbol's rules, before a run is recorded: bad input is one line and exit code 2 with nothing stored.
 */
@Command(name = "paper", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Paper-trade a strategy on an exchange's live bars: warmed up from the catalog and the exchange's "
                + "history, then one simulated step per closed bar, recorded in the run store while it runs. Ctrl-C stops "
                + "it cleanly; --resume ID continues a stopped run.")
public final class PaperCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--exchange", description = "the exchange: binance")
    String exchange;
    @Option(names = "--kind", description = "spot (default) or future (Binance USD-M futures)")
    String kind;
    @Option(names = "--symbol", description = "the exchange's symbol, e.g. FILUSDT")
    String symbol;
    @Option(names = "--interval", description = "the bar interval, e.g. 1m, 1h")
    String interval;
    @Option(names = "--strategy", paramLabel = "NAME|FILE|DIR", description = "a built-in strategy (see: tradewind strategies), a .java file or folder")
    String strategy;
    @Option(names = "--param", paramLabel = "K=V", description = "a strategy parameter; repeatable")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--cash", description = "starting cash (default 10000)")
    Double cash;
    @Option(names = "--commission", paramLabel = "SPEC", split = ",", description = "commission parts: 0.04%%, 1/order, 0.005/unit")
    List<String> commission;
    @Option(names = "--slippage-bps", paramLabel = "N", description = "slippage on market and stop fills, basis points")
    Double slippageBps;
    @Option(names = "--fill", paramLabel = "MODE", description = "next-open (default) or close")
    String fill;
    @Mixin RuleOptions rules = new RuleOptions();
    @Option(names = "--from", paramLabel = "T", description = "the first bar the strategy gets, UTC (default: just enough "
            + "history before now to warm its indicators up); bars from there to now are traded as a backtest would")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "stop before the bar opening at this time, UTC (default: run until Ctrl-C)")
    String to;
    @Option(names = "--warmup", paramLabel = "BARS", description = "bars of history before the first live bar (default: what "
            + "the strategy's indicators need)")
    Integer warmup;
    @Option(names = "--rest-url", paramLabel = "URL", description = "the REST endpoint (default: the exchange's production API)")
    String restUrl;
    @Option(names = "--ws-url", paramLabel = "URL", description = "the websocket endpoint (default: the exchange's production streams)")
    String wsUrl;
    @Option(names = "--testnet", description = "use the exchange's test network endpoints")
    boolean testnet;
    @Option(names = "--store", paramLabel = "URL|PATH", description = "the run store (default: $TRADEWIND_STORE, else "
            + "$TRADEWIND_HOME/runs.db, else ~/.tradewind/runs.db)")
    String store;
    @Option(names = "--catalog", paramLabel = "DIR", description = "the market data catalog to warm up from and append "
            + "live bars to (default: $TRADEWIND_CATALOG, else $TRADEWIND_HOME/catalog, else ~/.tradewind/catalog)")
    String catalog;
    @Option(names = "--no-catalog", description = "neither read nor write the catalog")
    boolean noCatalog;
    @Option(names = "--resume", paramLabel = "ID", description = "continue stopped paper run ID with its settings (its "
            + "stored bars are replayed through the strategy to rebuild its orders, position and state)")
    Long resume;
    @Option(names = {"-q", "--quiet"}, description = "no status line")
    boolean quiet;

    @Option(names = "--quotes", description = "also stream the best bid/ask: market orders and marketable limits fill at it "
            + "(up to the size shown) instead of the next bar's open")
    boolean quotes;

    @Option(names = "--trades", description = "also stream trade prints: a limit fills when a print trades through it")
    boolean trades;

    /** What a paper run is made of, checked. */
    record Plan(BinanceMarket market, String exchange, String symbol, String interval, Timeframe timeframe, RunConfig config,
            Long from, long to, Integer warmup, String restUrl, String wsUrl, Long resume) {
        String data() {
            return "paper:" + exchange + ":" + (market == BinanceMarket.SPOT ? "spot" : "future") + ":" + symbol + ":" + interval;
        }
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = resume != null ? resumed() : fresh();
        return new PaperRun(plan, store, !noCatalog, catalog, quiet, spec.commandLine()).withStreams(quotes, trades).call();
    }

    private Plan fresh() {
        if (exchange == null) throw new UserError("--exchange is required (binance)");
        if (symbol == null || symbol.isBlank()) throw new UserError("--symbol is required, e.g. --symbol FILUSDT");
        if (interval == null) throw new UserError("--interval is required, e.g. --interval 1m");
        if (strategy == null) throw new UserError("--strategy is required (see: tradewind strategies)");
        String ex = exchange(exchange);
        BinanceMarket market = market(kind == null ? "spot" : kind);
        Timeframe tf = timeframe(interval);
        RunConfig d = RunConfig.defaults();
        RunConfig.CommissionConfig fees = commission != null ? ConfigBuilder.commission(commission) : d.commission();
        fees = new RunConfig.CommissionConfig(fees.percent(), rules.makerFee, fees.perOrder(), fees.perUnit(),
                rules.minFee == null ? 0 : rules.minFee);
        if (cash != null && !(cash > 0 && !cash.isInfinite())) throw new UserError("--cash: expected a number > 0, got " + cash);
        if (slippageBps != null && !(slippageBps >= 0 && !slippageBps.isInfinite())) {
            throw new UserError("--slippage-bps: expected a number >= 0, got " + slippageBps);
        }
        if (warmup != null && warmup < 0) throw new UserError("--warmup: expected a number of bars >= 0, got " + warmup);
        Long start = from == null ? null : TimeArg.parse(from, ZoneOffset.UTC, "--from");
        long end = to == null ? Long.MAX_VALUE : TimeArg.parse(to, ZoneOffset.UTC, "--to");
        if (start != null && start >= end) throw new UserError("--from " + from + " is not before --to " + to);
        RunConfig c = new RunConfig(null, null, symbol, "UTC", d.priceColumn(), d.badRows(), null, to, strategy, null,
                new LinkedHashMap<>(params), cash != null ? cash : d.cash(), fees, slippageBps != null ? slippageBps : 0,
                fill != null ? fill : d.fill(), d.instrument(), "leave", d.factors(), rules.over(RunRules.DEFAULT),
                rules.sqnStdev(null));
        String[] urls = urls(market, testnet, restUrl, wsUrl);
        return new Plan(market, ex, symbol, interval, tf, c, start, end, warmup, urls[0], urls[1], null);
    }

    /** The plan of a stored paper run, with only the endpoints, store, catalog and --to taken from the command line. */
    private Plan resumed() {
        if (exchange != null || kind != null || symbol != null || interval != null || strategy != null || !params.isEmpty()
                || cash != null || commission != null || slippageBps != null || fill != null || from != null || warmup != null) {
            throw new UserError("--resume " + resume + " continues the run with its own settings: give only --rest-url, --ws-url, "
                    + "--testnet, --store, --catalog, --to or -q with it");
        }
        StoredRun r;
        try (RunStore s = RunStore.open(dev.tradewind.store.StoreTarget.resolve(store), false)) {
            r = s.get(resume);
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), e);
        }
        String data = r.data() == null ? "" : r.data();
        String[] p = data.split(":");
        if (p.length != 5 || !p[0].equals("paper")) {
            throw new UserError("--resume " + resume + ": run " + resume + " is not a paper run (its data is '" + data + "')");
        }
        if (r.config() == null) throw new UserError("--resume " + resume + ": run " + resume + " has no stored configuration");
        RunConfig c = dev.tradewind.runner.ConfigReader.parse("run " + resume + " config", r.config());
        if (c.from() == null) throw new UserError("--resume " + resume + ": run " + resume + " has no stored start");
        BinanceMarket market = market(p[2]);
        long start = TimeArg.parse(c.from(), ZoneOffset.UTC, "from");
        long end = to == null ? Long.MAX_VALUE : TimeArg.parse(to, ZoneOffset.UTC, "--to");
        if (start >= end) throw new UserError("--to " + to + " is not after the run's start " + c.from());
        String[] urls = urls(market, testnet, restUrl, wsUrl);
        return new Plan(market, exchange(p[1]), p[3], BinanceInterval.check(p[4]), timeframe(p[4]), c, start, end, null, urls[0],
                urls[1], resume);
    }

    private static String exchange(String name) {
        if (!name.equalsIgnoreCase("binance")) throw new UserError("--exchange: unknown exchange '" + name + "' (known: binance)");
        return "binance";
    }

    private static BinanceMarket market(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "spot" -> BinanceMarket.SPOT;
            case "future", "futures" -> BinanceMarket.FUTURES;
            default -> throw new UserError("--kind: expected spot or future, got '" + kind + "'");
        };
    }

    private static Timeframe timeframe(String interval) {
        try {
            BinanceInterval.check(interval);
            if (interval.equals("1M")) throw new IllegalArgumentException("1M bars have no fixed length; paper trading needs one");
            return Timeframe.parse(interval);
        } catch (IllegalArgumentException e) {
            throw new UserError("--interval: " + e.getMessage());
        } catch (DataException e) {
            throw new UserError("--interval: " + interval + ": " + e.getMessage());
        }
    }

    /** REST and websocket endpoints: the options, else the test network's, else production. */
    static String[] urls(BinanceMarket market, boolean testnet, String rest, String ws) {
        String r = rest != null ? check(rest, "--rest-url", "http", "https")
                : testnet ? (market == BinanceMarket.SPOT ? "https://testnet.binance.vision" : "https://testnet.binancefuture.com")
                : market.restUrl();
        String w = ws != null ? check(ws, "--ws-url", "ws", "wss")
                : testnet ? (market == BinanceMarket.SPOT ? "wss://stream.testnet.binance.vision" : "wss://stream.binancefuture.com")
                : market.wsUrl();
        return new String[] {r, w};
    }

    private static String check(String url, String option, String plain, String secure) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            u = null;
        }
        if (u == null || u.getHost() == null || !(plain.equalsIgnoreCase(u.getScheme()) || secure.equalsIgnoreCase(u.getScheme()))) {
            throw new UserError(option + ": expected " + plain + "://HOST[:PORT] or " + secure + "://HOST[:PORT], got '" + url + "'");
        }
        return url;
    }
}
