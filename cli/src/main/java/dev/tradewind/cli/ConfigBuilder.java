package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.ConfigReader;
import dev.tradewind.runner.Desks;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.RunRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a run configuration: defaults, then a --config file, then options given on the command line. */
final class ConfigBuilder {
    private ConfigBuilder() {}

    static RunConfig build(RunOptions o) {
        RunConfig b = o.config != null ? ConfigReader.read(o.config) : RunConfig.defaults();
        if (o.data == null && b.data() == null) {
            throw new UserError(o.config == null ? "--data is required (or --config)" : o.config + ": data: missing (add it or give --data)");
        }
        if (o.strategy == null && b.strategy() == null) {
            throw new UserError(o.config == null ? "--strategy is required (or --config)"
                    : o.config + ": strategy: missing (add it or give --strategy)");
        }
        Map<String, String> params = new LinkedHashMap<>(b.params() == null ? Map.of() : b.params());
        String strategy = strategy(o);
        boolean newStrategy = strategy != null && !strategy.equals(b.strategy());
        if (newStrategy) params.clear();
        params.putAll(o.params);
        RunConfig.InstrumentConfig i = b.instrument();
        RunConfig.DeskConfig desk = desk(o, newStrategy ? null : b.desk());
        // a run with options or futures needs more than the usual 10,000 for their margin (Desks.DEFAULT_CASH)
        double cash = o.cash != null ? positive(o.cash, "--cash")
                : o.config == null && Desks.any(desk, or(strategy, b.strategy())) ? Desks.DEFAULT_CASH : b.cash();
        return new RunConfig(
                or(o.data, b.data()), o.data != null ? null : b.dataSha256(), symbol(o, b), or(o.zone, b.zone()),
                or(o.priceColumn, b.priceColumn()), or(o.badRows, b.badRows()), or(o.from, b.from()), or(o.to, b.to()),
                or(strategy, b.strategy()), newStrategy ? null : b.strategySha256(), params,
                cash,
                fees(o, o.commission != null ? commission(o.commission) : b.commission()),
                o.slippageBps != null ? nonNegative(o.slippageBps, "--slippage-bps") : b.slippageBps(),
                or(o.fill, b.fill()),
                instrument(o, o.data != null && Boolean.TRUE.equals(i.tickInferred()) ? reinferTick(i) : i),
                or(o.gaps, or(b.gaps(), "leave")),
                o.factors != null ? periods(o.factors) : b.factors() != null ? b.factors() : RunConfig.defaults().factors(),
                o.rules.over(b.rules() == null ? RunRules.DEFAULT : b.rules()),
                o.rules.sqnStdev(b.sqnStdev())).withTimeframe(b.timeframe()).withDesk(desk);
    }

    /**
     * The option and futures desks given ({@code --options}, {@code --option-vol}, {@code --vol-surface},
     * {@code --futures}, {@code --option-quotes}, {@code --quote-max-age}) over the config's; a volatility given replaces the config's surface and the other way round.
     * Null when none is given: the strategy's declaration then applies. Checked when the run is prepared.
     */
    private static RunConfig.DeskConfig desk(RunOptions o, RunConfig.DeskConfig b) {
        if (o.optionVol != null && !(o.optionVol > 0 && o.optionVol <= 5)) {
            throw new UserError("--option-vol: expected an annual volatility above 0 and at most 5, such as 0.18 for 18%, got "
                    + dev.tradewind.runner.Num.plain(o.optionVol));
        }
        if (o.volSurface != null && o.volSurface.isBlank()) throw new UserError("--vol-surface: expected a chain snapshot file, got ''");
        boolean newVol = o.optionVol != null || o.volSurface != null;
        String options = o.options != null ? o.options : b == null ? null : b.options();
        Double vol = newVol ? o.optionVol : b == null ? null : b.optionVol();
        String surface = newVol ? o.volSurface : b == null ? null : b.volSurface();
        String sha = surface == null || o.volSurface != null || b == null ? null : b.volSurfaceSha256();
        String futures = o.futures != null ? o.futures : b == null ? null : b.futures();
        String quotes = o.optionQuotes != null ? o.optionQuotes : b == null ? null : b.optionQuotes();
        String age = o.quoteMaxAge != null ? o.quoteMaxAge : b == null ? null : b.quoteMaxAge();
        RunConfig.DeskConfig d = new RunConfig.DeskConfig(options, vol, surface, sha, futures, quotes, age);
        return d.isEmpty() ? null : d;
    }

    /**
     * The instrument: the config's, with the options given over it. {@code --tick 0} means no rounding; {@code --margin}
     * and {@code --maintenance} take a rate ({@code 0.1}) or an amount per contract ({@code 1000/contract}).
     */
    private static RunConfig.InstrumentConfig instrument(RunOptions o, RunConfig.InstrumentConfig i) {
        double tick = o.tick != null ? nonNegative(o.tick, "--tick") : i.tick();
        Boolean inferred = o.tick != null ? Boolean.FALSE : i.tickInferred();
        double rate = i.margin();
        Double perContract = i.marginPerContract();
        if (o.margin != null) {
            Double pc = perContract(o.margin, "--margin");
            if (pc != null) {
                perContract = positive(pc, "--margin");
            } else {
                rate = nonNegative(number(o.margin, "--margin"), "--margin");
                perContract = null;
            }
        }
        Double maintenance = i.maintenance();
        Double maintenancePerContract = o.margin != null ? null : i.maintenancePerContract();
        if (o.maintenance != null) {
            Double pc = perContract(o.maintenance, "--maintenance");
            if (pc != null) {
                if (perContract == null) throw new UserError("--maintenance " + o.maintenance + ": a maintenance per contract needs --margin X/contract");
                maintenancePerContract = nonNegative(pc, "--maintenance");
            } else {
                if (perContract != null) throw new UserError("--maintenance " + o.maintenance + ": with --margin X/contract give it per contract too (e.g. 500/contract)");
                maintenance = nonNegative(number(o.maintenance, "--maintenance"), "--maintenance");
            }
        }
        return new RunConfig.InstrumentConfig(or(o.kind, i.kind()), tick,
                o.lot != null ? nonNegative(o.lot, "--lot") : i.lot(),
                o.multiplier != null ? positive(o.multiplier, "--multiplier") : i.multiplier(),
                rate, maintenance,
                o.minNotional != null ? Double.valueOf(nonNegative(o.minNotional, "--min-notional")) : i.minNotional(),
                perContract, maintenancePerContract, inferred);
    }

    /** The instrument with its inferred tick forgotten, to infer it again from new data. */
    private static RunConfig.InstrumentConfig reinferTick(RunConfig.InstrumentConfig i) {
        return new RunConfig.InstrumentConfig(i.kind(), 0, i.lot(), i.multiplier(), i.margin(), i.maintenance(),
                i.minNotional(), i.marginPerContract(), i.maintenancePerContract(), null);
    }

    /** The amount of {@code X/contract}, or null when the text is not of that form. */
    private static Double perContract(String text, String option) {
        String t = text.strip();
        if (!t.endsWith("/contract")) return null;
        return number(t.substring(0, t.length() - "/contract".length()), option);
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new UserError(option + ": expected a rate such as 0.1 or an amount per contract such as 1000/contract, got '"
                    + text + "'");
        }
    }

    /** --strategy, with --classpath as {@code Name@CLASSPATH}. */
    private static String strategy(RunOptions o) {
        if (o.classpath == null) return o.strategy;
        if (o.strategy == null) throw new UserError("--classpath needs --strategy with the fully qualified class name");
        return dev.tradewind.runner.StrategySource.onClasspath(o.strategy, o.classpath);
    }

    /** --symbol, else the config's, else what the data file's name implies (its name without extensions if nothing). */
    private static String symbol(RunOptions o, RunConfig b) {
        if (o.symbol != null) return o.symbol;
        if (o.data == null || dev.tradewind.catalog.CatalogRef.isRef(o.data)) return b.symbol();
        return dev.tradewind.runner.SymbolGuess.orStem(o.data);
    }

    private static RunConfig.CommissionConfig fees(RunOptions o, RunConfig.CommissionConfig c) {
        Double maker = o.rules.makerFee != null ? o.rules.makerFee : c.makerPercent();
        Double min = o.rules.minFee != null ? Double.valueOf(nonNegative(o.rules.minFee, "--min-fee")) : c.minimum();
        return new RunConfig.CommissionConfig(c.percent(), maker, c.perOrder(), c.perUnit(), min);
    }

    /** Parses commission parts such as {@code 0.1%}, {@code 1/order}, {@code 0.005/unit}. */
    static RunConfig.CommissionConfig commission(List<String> parts) {
        double pct = 0, order = 0, unit = 0;
        for (String raw : parts) {
            String p = raw.strip();
            try {
                if (p.endsWith("%")) pct += Double.parseDouble(p.substring(0, p.length() - 1));
                else if (p.endsWith("/order")) order += Double.parseDouble(p.substring(0, p.length() - 6));
                else if (p.endsWith("/unit")) unit += Double.parseDouble(p.substring(0, p.length() - 5));
                else throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new UserError("--commission: expected 0.1% or 1/order or 0.005/unit, got '" + raw + "'");
            }
        }
        if (pct < 0 || order < 0 || unit < 0) throw new UserError("--commission: parts must be >= 0");
        return new RunConfig.CommissionConfig(pct, order, unit);
    }

    private static int[] periods(List<Integer> given) {
        int[] p = given.stream().mapToInt(Integer::intValue).toArray();
        for (int x : p) if (x < 2) throw new UserError("--factors: lengths must be >= 2, got " + x);
        if (p.length == 0) throw new UserError("--factors: give at least one length");
        return p;
    }

    private static String or(String a, String b) { return a != null ? a : b; }

    private static double positive(double x, String option) {
        if (!(x > 0) || Double.isInfinite(x)) throw new UserError(option + ": expected a number > 0, got " + x);
        return x;
    }

    private static double nonNegative(double x, String option) {
        if (!(x >= 0) || Double.isInfinite(x)) throw new UserError(option + ": expected a number >= 0, got " + x);
        return x;
    }
}
