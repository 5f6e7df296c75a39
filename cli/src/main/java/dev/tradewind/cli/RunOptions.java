package dev.tradewind.cli;

import dev.tradewind.runner.RunConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What describes a run, shared by {@code backtest} and the research commands (a picocli mixin): data, strategy,
 * parameters, costs, instrument, gaps, factors and the execution, account and risk rules, over an optional
 * {@code --config} file.
 */
public final class RunOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "a config.json from an earlier run; options given here override it")
    Path config;
    @Option(names = "--data", paramLabel = "FILE", description = "bar file: CSV (generic, Yahoo or Binance layout), plain or .gz")
    String data;
    @Option(names = "--strategy", paramLabel = "NAME|FILE|DIR", description = "a built-in strategy (see: tradewind strategies), a .java "
            + "file, a folder of .java files (one of them the strategy), or with --classpath a class name")
    String strategy;
    @Option(names = "--classpath", paramLabel = "JAR|DIR", description = "jars or class folders holding the --strategy class (e.g. "
            + "--classpath lib/mine.jar --strategy com.acme.Breakout)")
    String classpath;
    @Option(names = "--param", paramLabel = "K=V", description = "a strategy parameter; repeatable")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--cash", description = "starting cash (default 10000; 100000 for a run with --options or --futures, or a "
            + "strategy that declares them)")
    Double cash;
    @Option(names = "--commission", paramLabel = "SPEC", split = ",",
            description = "commission parts, combinable: 0.1%% of value, 1/order, 0.005/unit")
    List<String> commission;
    @Option(names = "--slippage-bps", paramLabel = "N", description = "slippage on market and stop fills, basis points")
    Double slippageBps;
    @Option(names = "--fill", paramLabel = "MODE", description = "next-open (default) or close")
    String fill;
    @Option(names = "--from", paramLabel = "T", description = "first bar time, inclusive (2023-08-15 or 2023-08-15T12:00)")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "end time, exclusive")
    String to;
    @Option(names = "--symbol", description = "instrument symbol (default: from the file name)")
    String symbol;
    @Option(names = "--zone", description = "time zone of local times in the file and of DAY orders (default UTC)")
    String zone;
    @Option(names = "--price-column", paramLabel = "COL", description = "close (default) or adj-close for Yahoo files")
    String priceColumn;
    @Option(names = "--bad-rows", paramLabel = "POLICY", description = "fail (default), skip or repair")
    String badRows;
    @Option(names = "--gaps", paramLabel = "POLICY", description = "missing bars: leave (default, reported), fill (flat bars at the previous close) or drop (whole days)")
    String gaps;
    @Option(names = "--factors", paramLabel = "N", split = ",", description = "look-back lengths of the factor columns (default 10,20,30,50,100)")
    List<Integer> factors;
    @Option(names = "--kind", description = "spot (default) or future (marked to market into cash every bar)")
    String kind;
    @Option(names = "--tick", description = "price tick; 0 for no rounding (default: inferred from the data's decimals)")
    Double tick;
    @Option(names = "--lot", description = "size step (default 0.00000001)")
    Double lot;
    @Option(names = "--multiplier", description = "contract multiplier (default 1)")
    Double multiplier;
    @Option(names = "--margin", paramLabel = "RATE|X/contract",
            description = "initial margin for futures: a rate of notional, e.g. 0.1 (default), or a fixed amount per contract, e.g. 1000/contract")
    String margin;
    @picocli.CommandLine.Mixin RuleOptions rules = new RuleOptions();
    @Option(names = "--maintenance", paramLabel = "RATE|X/contract",
            description = "maintenance margin for futures, a rate or X/contract like --margin (default: half of --margin)")
    String maintenance;
    @Option(names = "--min-notional", paramLabel = "X", description = "smallest order value the exchange accepts")
    Double minNotional;
    @Option(names = "--options", paramLabel = "CALENDAR", description = "give the run options on its instrument (ctx.options()), "
            + "listed on this expiry calendar: spxw, spx, nifty or banknifty; prices modelled (Black-Scholes-Merton). Default: "
            + "what the strategy declares (short-straddle, iron-condor: spxw)")
    String options;
    @Option(names = "--option-vol", paramLabel = "VOL", description = "the constant annual volatility options are priced at, "
            + "e.g. 0.18 for 18%% (default: the strategy's, else 0.18)")
    Double optionVol;
    @Option(names = "--vol-surface", paramLabel = "FILE", description = "price options on the implied volatility surface of a "
            + "chain snapshot instead (SPXW long or wide layout, e.g. sample-data/chains/spxw20190626.csv.gz)")
    String volSurface;
    @Option(names = "--futures", paramLabel = "CONTRACT", description = "give the run dated futures on its instrument "
            + "(ctx.futures()): es (quarterly, third Friday, 50 per point); prices modelled by cost of carry. Default: what "
            + "the strategy declares (rolled-futures: es)")
    String futures;
    @Option(names = "--option-quotes", paramLabel = "UNDERLYING", description = "trade and mark the options at the recorded "
            + "quotes of this underlying in the catalog (tradewind data import-chain) where one is fresh (a buy at the ask, a "
            + "sell at the bid, legs at the mid), at the model's prices elsewhere; e.g. SPX")
    String optionQuotes;
    @Option(names = "--quote-max-age", paramLabel = "AGE", description = "how old a recorded quote may be at a bar's close: "
            + "1d (default), 4h, 15m...")
    String quoteMaxAge;

    /** The strategy as given ({@code --strategy}), or null. */
    public String strategy() { return strategy; }

    /** The parameters given with {@code --param}. */
    public Map<String, String> params() { return params; }

    /** The run configuration: defaults, then the {@code --config} file, then the options given. */
    public RunConfig config() { return ConfigBuilder.build(this); }
}
