package dev.tradewind.cli;

import dev.tradewind.model.UserError;
import dev.tradewind.runner.RunRules;
import picocli.CommandLine.Option;

/** Backtest options for execution realism, the account and risk limits; each overrides the config file's value. */
final class RuleOptions {
    @Option(names = "--maker-fee", paramLabel = "PCT", description = "maker fee in percent (default: the taker percent of --commission)")
    Double makerFee;
    @Option(names = "--min-fee", paramLabel = "X", description = "minimum fee per fill")
    Double minFee;
    @Option(names = "--volume-share", paramLabel = "X", description = "cap on the share of a bar's volume one order takes, e.g. 0.1")
    Double volumeShare;
    @Option(names = "--latency-bars", paramLabel = "N", description = "extra bars before an order can fill")
    Integer latencyBars;
    @Option(names = "--latency-ms", paramLabel = "N", description = "milliseconds before an order can fill")
    Long latencyMs;
    @Option(names = "--slippage", paramLabel = "MODEL", description = "bps:N, spread:X, atr:K or sqrt:K (instead of --slippage-bps)")
    String slippage;
    @Option(names = "--same-bar", paramLabel = "POLICY", description = "when a bar reaches a bracket's stop and target: stop-first (default), target-first, nearest-to-open")
    String sameBar;
    @Option(names = "--leverage-cap", paramLabel = "X", description = "largest gross notional / equity")
    Double leverageCap;
    @Option(names = "--borrow", paramLabel = "PCT", description = "yearly borrow fee on spot shorts, percent")
    Double borrow;
    @Option(names = "--liquidation-fee", paramLabel = "PCT", description = "extra fee on liquidation fills, percent")
    Double liquidationFee;
    @Option(names = "--funding-rate", paramLabel = "X", description = "constant funding rate per funding for futures, e.g. 0.0001")
    Double fundingRate;
    @Option(names = "--funding-hours", paramLabel = "H", description = "hours between fundings (default 8)")
    Double fundingHours;
    @Option(names = "--max-drawdown", paramLabel = "PCT", description = "halt new entries at this drawdown")
    Double maxDrawdown;
    @Option(names = "--flatten-on-halt", description = "also close the position when the drawdown halt starts")
    Boolean flattenOnHalt;
    @Option(names = "--daily-loss", paramLabel = "PCT", description = "block entries for the rest of the day at this loss")
    Double dailyLoss;
    @Option(names = "--max-position-units", paramLabel = "N", description = "largest position in units")
    Double maxUnits;
    @Option(names = "--max-position-notional", paramLabel = "X", description = "largest position value")
    Double maxNotional;
    @Option(names = "--signals-per", paramLabel = "PERIOD", description = "at most one entry signal per day, week or month")
    String signalsPer;
    @Option(names = "--cash-check", paramLabel = "WHEN", description = "when the account checks it can pay for an order: "
            + "fill (default, at the fill price) or submit (also at the signal bar's close, as backtrader)")
    String cashCheck;
    @Option(names = "--sqn-stdev", paramLabel = "KIND", description = "standard deviation in SQN: sample (default, n - 1) "
            + "or population (n, as backtrader)")
    String sqnStdev;

    RunRules over(RunRules b) {
        return new RunRules(
                nonNegative(volumeShare, b.volumeShare(), "--volume-share"),
                latencyBars != null ? (int) nonNegative((double) latencyBars, 0, "--latency-bars") : b.latencyBars(),
                latencyMs != null ? (long) nonNegative((double) latencyMs, 0, "--latency-ms") : b.latencyMs(),
                slippage != null ? slippage : b.slippage(),
                sameBar != null ? sameBar : b.sameBar(),
                nonNegative(leverageCap, b.leverageCap(), "--leverage-cap"),
                nonNegative(borrow, b.borrowPercent(), "--borrow"),
                nonNegative(liquidationFee, b.liquidationFeePercent(), "--liquidation-fee"),
                fundingRate != null ? fundingRate : b.fundingRate(),
                fundingHours != null ? positive(fundingHours, "--funding-hours") : b.fundingHours(),
                nonNegative(maxDrawdown, b.maxDrawdownPercent(), "--max-drawdown"),
                flattenOnHalt != null ? flattenOnHalt : b.flattenOnHalt(),
                nonNegative(dailyLoss, b.dailyLossPercent(), "--daily-loss"),
                nonNegative(maxUnits, b.maxPositionUnits(), "--max-position-units"),
                nonNegative(maxNotional, b.maxPositionNotional(), "--max-position-notional"),
                signalsPer != null ? signalsPer : b.signalsPer(),
                cashCheck != null ? choice(cashCheck, "--cash-check", "fill", "submit") : b.cashCheck() == null ? "fill" : b.cashCheck());
    }

    /** The SQN deviation: this option, else the config's, else sample. */
    String sqnStdev(String fromConfig) {
        if (sqnStdev != null) return choice(sqnStdev, "--sqn-stdev", "sample", "population");
        return fromConfig == null ? "sample" : fromConfig;
    }

    private static String choice(String given, String option, String... allowed) {
        String v = given.strip().toLowerCase(java.util.Locale.ROOT);
        for (String a : allowed) if (a.equals(v)) return a;
        throw new UserError(option + ": expected " + String.join(" or ", allowed) + ", got '" + given + "'");
    }

    private static double nonNegative(Double x, double fallback, String option) {
        if (x == null) return fallback;
        if (!(x >= 0) || x.isInfinite()) throw new UserError(option + ": expected a number >= 0, got " + x);
        return x;
    }

    private static double positive(double x, String option) {
        if (!(x > 0) || Double.isInfinite(x)) throw new UserError(option + ": expected a number > 0, got " + x);
        return x;
    }
}
