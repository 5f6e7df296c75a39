package dev.tradewind.cli;

import dev.tradewind.runner.ConfigReader;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.RunRules;
import dev.tradewind.runner.UserError;
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
        boolean newStrategy = o.strategy != null && !o.strategy.equals(b.strategy());
        if (newStrategy) params.clear();
        params.putAll(o.params);
        RunConfig.InstrumentConfig i = b.instrument();
        return new RunConfig(
                or(o.data, b.data()), o.data != null ? null : b.dataSha256(), or(o.symbol, b.symbol()), or(o.zone, b.zone()),
                or(o.priceColumn, b.priceColumn()), or(o.badRows, b.badRows()), or(o.from, b.from()), or(o.to, b.to()),
                or(o.strategy, b.strategy()), newStrategy ? null : b.strategySha256(), params,
                o.cash != null ? positive(o.cash, "--cash") : b.cash(),
                fees(o, o.commission != null ? commission(o.commission) : b.commission()),
                o.slippageBps != null ? nonNegative(o.slippageBps, "--slippage-bps") : b.slippageBps(),
                or(o.fill, b.fill()),
                new RunConfig.InstrumentConfig(or(o.kind, i.kind()), o.tick != null ? positive(o.tick, "--tick") : i.tick(),
                        o.lot != null ? nonNegative(o.lot, "--lot") : i.lot(),
                        o.multiplier != null ? positive(o.multiplier, "--multiplier") : i.multiplier(),
                        o.margin != null ? nonNegative(o.margin, "--margin") : i.margin(),
                        o.maintenance != null ? Double.valueOf(nonNegative(o.maintenance, "--maintenance")) : i.maintenance(),
                        o.minNotional != null ? Double.valueOf(nonNegative(o.minNotional, "--min-notional")) : i.minNotional()),
                or(o.gaps, or(b.gaps(), "leave")),
                o.factors != null ? periods(o.factors) : b.factors() != null ? b.factors() : RunConfig.defaults().factors(),
                o.rules.over(b.rules() == null ? RunRules.DEFAULT : b.rules()));
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
