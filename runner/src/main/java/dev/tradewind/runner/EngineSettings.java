package dev.tradewind.runner;

import dev.tradewind.engine.AccountRules;
import dev.tradewind.engine.CashCheck;
import dev.tradewind.engine.Commission;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.Execution;
import dev.tradewind.engine.FillMode;
import dev.tradewind.engine.Funding;
import dev.tradewind.engine.RiskLimits;
import dev.tradewind.engine.SameBarPolicy;
import dev.tradewind.engine.SlippageModel;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.UserError;
import java.time.ZoneId;
import java.util.Locale;

/** Turns the user-facing run configuration into the engine's configuration, checking every value once. */
public final class EngineSettings {
    private EngineSettings() {}

    public static EngineConfig of(RunConfig c, Instrument instrument, ZoneId zone) {
        RunRules r = c.rules() == null ? RunRules.DEFAULT : c.rules();
        RunConfig.CommissionConfig f = c.commission();
        Commission commission;
        Execution execution;
        AccountRules account;
        RiskLimits risk;
        try {
            commission = new Commission(f.percent(), f.makerPercent() == null ? f.percent() : f.makerPercent(), f.perOrder(),
                    f.perUnit(), f.minimum() == null ? 0 : f.minimum());
            execution = Execution.DEFAULT.withVolumeShare(r.volumeShare())
                    .withLatency(r.latencyBars(), r.latencyMs() * 1_000_000L)
                    .withSlippage(slippage(r.slippage(), c.slippageBps()))
                    .withSameBar(Backtester.enumOf(SameBarPolicy.class, r.sameBar(), "same_bar"), null);
            Funding funding = r.fundingRate() == 0 ? Funding.NONE
                    : new Funding((long) (r.fundingHours() * 3_600_000_000_000L), 0, r.fundingRate(), new long[0], new double[0]);
            account = new AccountRules(r.leverageCap(), r.borrowPercent(), r.liquidationFeePercent(), funding,
                    r.cashCheck() == null ? CashCheck.FILL : Backtester.enumOf(CashCheck.class, r.cashCheck(), "cash_check"));
            risk = new RiskLimits(r.maxDrawdownPercent(), r.flattenOnHalt(), r.maxPositionUnits(), r.maxPositionNotional(), 0,
                    r.dailyLossPercent(), Backtester.enumOf(RiskLimits.Period.class, r.signalsPer(), "signals_per"));
        } catch (IllegalArgumentException e) {
            throw new UserError("rules: " + e.getMessage(), e);
        }
        return new EngineConfig(instrument, c.cash(), commission, fillMode(c.fill()), zone, execution, account, risk);
    }

    /** Parses {@code bps:N}, {@code spread:X}, {@code atr:K} or {@code sqrt:K}; null means fixed {@code bps}. */
    public static SlippageModel slippage(String spec, double bps) {
        if (spec == null || spec.isBlank()) return bps == 0 ? SlippageModel.NONE : SlippageModel.bps(bps);
        String[] p = spec.strip().toLowerCase(Locale.ROOT).split(":", 2);
        double x;
        try {
            x = Double.parseDouble(p.length == 2 ? p[1] : "x");
        } catch (NumberFormatException e) {
            throw new UserError("--slippage: expected bps:N, spread:X, atr:K or sqrt:K, got '" + spec + "'");
        }
        return switch (p[0]) {
            case "bps" -> SlippageModel.bps(x);
            case "spread" -> SlippageModel.spread(x);
            case "atr" -> SlippageModel.atr(x);
            case "sqrt" -> SlippageModel.squareRoot(x);
            default -> throw new UserError("--slippage: expected bps:N, spread:X, atr:K or sqrt:K, got '" + spec + "'");
        };
    }

    static FillMode fillMode(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "next-open" -> FillMode.NEXT_OPEN;
            case "close" -> FillMode.CLOSE;
            default -> throw new UserError("--fill: expected next-open or close, got '" + s + "'");
        };
    }
}
