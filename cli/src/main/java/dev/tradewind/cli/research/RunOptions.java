package dev.tradewind.cli.research;

import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.UserError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The data, strategy and cost options shared by the research commands (a picocli mixin). */
final class RunOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "bar file: CSV (generic, Yahoo or Binance layout), plain or .gz")
    String data;
    @Option(names = "--strategy", required = true, paramLabel = "NAME|FILE", description = "a built-in strategy or a .java file")
    String strategy;
    @Option(names = "--param", paramLabel = "K=V", description = "a fixed strategy parameter; repeatable")
    Map<String, String> params = new LinkedHashMap<>();
    @Option(names = "--cash", description = "starting cash (default 10000)")
    Double cash;
    @Option(names = "--commission", paramLabel = "SPEC", split = ",", description = "commission parts: 0.1%%, 1/order, 0.005/unit")
    List<String> commission;
    @Option(names = "--slippage-bps", paramLabel = "N", description = "slippage on market and stop fills, basis points")
    Double slippageBps;
    @Option(names = "--fill", paramLabel = "MODE", description = "next-open (default) or close")
    String fill;
    @Option(names = "--from", paramLabel = "T", description = "first bar time, inclusive")
    String from;
    @Option(names = "--to", paramLabel = "T", description = "end time, exclusive")
    String to;
    @Option(names = "--zone", description = "time zone (default UTC)")
    String zone;
    @Option(names = "--gaps", paramLabel = "POLICY", description = "leave (default), fill or drop")
    String gaps;
    @Option(names = "--tick", description = "price tick (default: inferred)")
    Double tick;
    @Option(names = "--lot", description = "size step (default 0.00000001)")
    Double lot;

    /** The run configuration these options describe (defaults for the rest). */
    RunConfig config() {
        RunConfig d = RunConfig.defaults();
        RunConfig.InstrumentConfig i = d.instrument();
        return new RunConfig(data, null, null, zone != null ? zone : d.zone(), d.priceColumn(), d.badRows(), from, to, strategy, null,
                new LinkedHashMap<>(params), cash != null ? positive(cash, "--cash") : d.cash(),
                commission != null ? commission(commission) : d.commission(),
                slippageBps != null ? slippageBps : d.slippageBps(), fill != null ? fill : d.fill(),
                new RunConfig.InstrumentConfig(i.kind(), tick != null ? positive(tick, "--tick") : i.tick(),
                        lot != null ? positive(lot, "--lot") : i.lot(), i.multiplier(), i.margin()),
                gaps != null ? gaps : d.gaps(), d.factors());
    }

    private static double positive(double x, String option) {
        if (!(x > 0) || Double.isInfinite(x)) throw new UserError(option + ": expected a number > 0, got " + x);
        return x;
    }

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
}
